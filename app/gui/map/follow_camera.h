#pragma once
// Follows one letter (View > Follow the letter, C): the map zooms in and keeps the letter's
// truck in the middle of the window each frame while it is on the road, and rests on the
// station where the letter last was while it waits there. The letter is the truck clicked
// last (or, before any click, the one the current event is about). Esc or F stops.
#include <QObject>
#include <QString>

#include <cstddef>

class QAction;

namespace postie::gui {

class ScenarioPlayer;
class TownScene;
class TownView;

class FollowCamera : public QObject {
    Q_OBJECT
public:
    static constexpr double kZoom = 2.5;  // close enough to see the truck's label, far enough to see the road

    FollowCamera(ScenarioPlayer& player, TownScene& scene, TownView& view, QObject* parent = nullptr);

    // View > Follow the letter (C, checked while following) and Stop following (Esc).
    QAction* followAction() const { return m_followAction; }
    QAction* stopAction() const { return m_stopAction; }

    // Starts following the chosen letter; false when there is none to follow.
    bool start();
    void follow(const QString& message);
    void stop();
    bool following() const { return !m_message.isEmpty(); }
    QString message() const { return m_message; }
    QString chosen() const;  // what start() would follow
    // Moves the view to the letter: called after the scene has drawn each frame.
    void aim();

signals:
    void followingChanged(bool following);

private:
    QString lastStation(std::size_t cursor);

    ScenarioPlayer& m_player;
    TownScene& m_scene;
    TownView& m_view;
    QString m_clicked;  // the truck clicked last
    QString m_message;  // the letter followed; empty: not following
    std::size_t m_stationCursor = 0;  // lastStation's answer, kept for the cursor it was worked out at
    QString m_station;
    QAction* m_followAction;
    QAction* m_stopAction;
};

} // namespace postie::gui
