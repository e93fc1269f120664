#pragma once
// The caption under the map: the simulated clock, the tally of outcomes so far, and the
// Narrator's sentence for the current step (the same words the CLI prints), in large type.
// The Narrator puts the protocol words beside the postal picture, "… (DNS MX query)"; with
// email words the caption leads with those and tells the postal sentence under them.
#include "replay/vocabulary.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace postie::gui {

struct TownFrame;

class CaptionBar : public QFrame {
    Q_OBJECT
public:
    explicit CaptionBar(QWidget* parent = nullptr);

    void showFrame(const TownFrame& frame);
    void setWords(Words words);
    Words words() const { return m_words; }
    QString caption() const;   // the sentence as shown
    QString headline() const;  // with email words: the protocol words above it; else empty
    QString clock() const;
    QString tally() const;

    struct Parts {
        QString story;     // "The post office … asks … which sorting station serves example.org"
        QString protocol;  // "DNS MX query"; empty when the sentence has none
    };
    // Splits a Narrator sentence at its closing parenthesis, the protocol words.
    static Parts split(const QString& sentence);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyFonts();
    void showText();
    int captionLines() const;
    // The text as it fits the caption's lines, and the caption's font for it (a long sentence
    // gets smaller type before it loses words).
    QString fitted(const QString& text);
    // "(2 more at this moment) The post office …": the sentences shown, after how many were not.
    static QString withMore(const QString& sentences, int more);
    // The counts beside the clock when both fit, else on a row of their own under it: the
    // bar never asks for more width than its clock needs.
    void placeTally();

    QLabel* m_clock;
    QLabel* m_tally;
    QGridLayout* m_top = nullptr;
    bool m_tallyBelow = false;
    bool m_checkPending = false;
    QString m_refitted;
    QFont m_captionFont;  // the caption's own type; fitted() may show a sentence a little smaller
    int m_shortLines = 0;  // the lines the window gave the caption when it had fewer than kCaptionLines  // the last text fitted again after the layout
    QLabel* m_headline;
    QLabel* m_caption;
    Words m_words = Words::Postal;
    QString m_sentence;
    int m_more = 0;  // the sentences of the moment left out before m_sentence
    struct Counts {
        quint64 delivered = 0, bounced = 0, expired = 0, discarded = 0;
    } m_counts;
};

} // namespace postie::gui
