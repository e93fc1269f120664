#pragma once
// Shows a MessageStory: the envelope (MAIL FROM, RCPT TO) apart from the letter (its header
// lines, Received lines growing hop by hop, and its size), the journey on a small timeline and
// the SMTP transcript of each hop in large monospace type. It only shows what it is given.
#include "inspector/scaled_labels.h"

#include <QWidget>

#include <cstdint>

class QLabel;

namespace postie {
class Narrator;
}

namespace postie::gui {

class JourneyTimeline;
class MessageStory;

class MessageInspector : public QWidget {
    Q_OBJECT
public:
    explicit MessageInspector(QWidget* parent = nullptr);

    // The story at the moment shown; `timeUs` places a truck on the road it is on.
    void showStory(const MessageStory& story, std::int64_t timeUs, const Narrator& narrator);
    // Only the truck on the timeline moves (the records shown are the same).
    void showTime(const MessageStory& story, std::int64_t timeUs, const Narrator& narrator);

    // What each part shows, as plain text (tests read these).
    QString title() const;
    QString envelopeText() const;
    QString letterText() const;
    QString checksText() const;
    QString readersText() const;
    QString transcriptText() const;
    const JourneyTimeline& journey() const { return *m_journey; }

protected:
    void changeEvent(QEvent* event) override;

private:
    ScaledLabels m_scaled;
    QLabel* m_title;
    QLabel* m_envelope;
    QLabel* m_letter;
    QLabel* m_checks;
    QLabel* m_readers;  // who could read it, hop by hop
    JourneyTimeline* m_journey;
    QLabel* m_transcript;
};

} // namespace postie::gui
