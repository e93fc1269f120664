// TLS on the map: the snooper by the road, the seal each truck shows (postcard, sealed
// envelope, locked box), the snooper's speech bubble, and the Inspector's "Who can read it?".
#include "gui_test_support.h"
#include "inspector/message_inspector.h"
#include "inspector/station_inspector.h"
#include "map/art_library.h"
#include "map/speech_bubble_item.h"
#include "shell/legend_dock.h"
#include "shell/town_list_dock.h"

#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;


// The first record of a type about `message`.
std::optional<TraceRecord> recordOf(const MainWindow& window, EventType type, const std::string& message)
{
    return firstOf(*const_cast<MainWindow&>(window).player().session(), type, message);
}

QImage rendered(QGraphicsItem* item)
{
    QGraphicsScene scene;
    scene.addItem(item);
    const QRectF r = item->boundingRect();
    QImage image(r.size().toSize() * 2, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(), r.translated(item->pos()));
    return image;
}

QImage svgImage(QSvgRenderer& svg)
{
    QImage image(120, 100, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    svg.render(&painter);
    return image;
}

class TlsPicture : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1024, 700))); }
    void open(const char* file)
    {
        ASSERT_TRUE(window.openScenario(dataPath(file)));
        ASSERT_TRUE(waitForRun(window.player()));
    }
    // The moment just after a record, `afterUs` later.
    void seekAfter(const TraceRecord& r, std::int64_t afterUs)
    {
        PlaybackClock& clock = window.player().clock();
        clock.seekRecord(r.seq + 1);
        clock.seekTime(r.time.micros() + afterUs);
    }
    MainWindow window;
};

TEST_F(TlsPicture, TheSnooperStandsOnTheMapWithAPictureOfItsOwnAndSaysWhatItIs)
{
    open("tls_snooper.yaml");
    const StationItem* eve = sceneOf(window).station(QStringLiteral("eve"));
    ASSERT_NE(eve, nullptr);
    EXPECT_EQ(eve->kind(), StationKind::Snooper);
    EXPECT_TRUE(eve->name().contains(QStringLiteral("Snooper"))) << eve->name().toStdString();
    EXPECT_EQ(Vocabulary::word(StationKind::Snooper, Words::Postal), QStringLiteral("snooper"));

    const ArtLibrary art;
    ASSERT_TRUE(art.building(StationKind::Snooper).isValid());
    const QImage snooper = svgImage(art.building(StationKind::Snooper));
    for (StationKind other : kStationKinds) {
        if (other == StationKind::Snooper) continue;
        EXPECT_NE(snooper, svgImage(art.building(other))) << stationKindName(other);
    }

    // The list of the town says what it is.
    const auto spec = std::find_if(window.player().session()->spec().stations.begin(),
                                   window.player().session()->spec().stations.end(),
                                   [](const StationSpec& st) { return st.id == "eve"; });
    EXPECT_EQ(TownListDock::stationLine(*spec), QStringLiteral("Snooper, eavesdropper on the network path: eve"));

    // The legend names it with both words.
    LegendDock legend;
    const QStringList lines = legend.lines();
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const QString& l) { return l.startsWith(QStringLiteral("Snooper: ")); }));
}

TEST_F(TlsPicture, ATruckShowsHowItsLetterTravels)
{
    open("tls_stripped.yaml");
    const auto depart = recordOf(window, EventType::RoadDepart, "m1");
    ASSERT_TRUE(depart);
    // The first truck (laptop to post office) is in TLS: a sealed envelope.
    seekAfter(*depart, 1000);
    ASSERT_EQ(sceneOf(window).trucks().size(), 1);
    EXPECT_EQ(sceneOf(window).trucks().first()->seal(), Seal::Envelope);
    EXPECT_TRUE(sceneOf(window).trucks().first()->toolTip().contains(QStringLiteral("Sealed envelope")));

    // Past the snooper, with STARTTLS torn off: a postcard.
    const auto read = recordOf(window, EventType::LetterRead, "m1");
    ASSERT_TRUE(read);
    seekAfter(*read, 2000);
    ASSERT_EQ(sceneOf(window).trucks().size(), 1);
    EXPECT_EQ(sceneOf(window).trucks().first()->seal(), Seal::Postcard);

    // The three seals and a truck without one look different, in either direction.
    const ArtLibrary art;
    std::vector<QImage> looks;
    for (std::optional<Seal> s : {std::optional<Seal>(), std::optional<Seal>(Seal::Postcard),
                                  std::optional<Seal>(Seal::Envelope), std::optional<Seal>(Seal::LockedBox)}) {
        looks.push_back(rendered(new TruckItem(art, QStringLiteral("m1"), NoticeKind::None, s)));
        auto* left = new TruckItem(art, QStringLiteral("m1"), NoticeKind::None, s);
        left->setHeadingLeft(true);
        if (s) {
            EXPECT_GT(left->sealRect().center().x(), 0);  // mirrored with the cargo box, behind the cab
        }
        looks.push_back(rendered(left));
    }
    for (std::size_t i = 0; i < looks.size(); ++i)
        for (std::size_t j = i + 1; j < looks.size(); ++j) EXPECT_NE(looks[i], looks[j]) << i << " " << j;
    // Large enough to tell apart from the back row: most of the cargo box.
    const TruckItem sample(art, QStringLiteral("m1"), NoticeKind::None, Seal::LockedBox);
    EXPECT_GE(sample.sealRect().width(), TruckItem::kWidth * 0.55);
    EXPECT_TRUE(TruckItem(art, QStringLiteral("m1"), NoticeKind::None).sealRect().isNull());
}

TEST_F(TlsPicture, TheSnooperSaysWhatItReadInABubbleForAFewSeconds)
{
    open("tls_stripped.yaml");
    const auto torn = recordOf(window, EventType::TlsStripped, "m1");
    ASSERT_TRUE(torn);
    seekAfter(*torn, 1000);
    SpeechBubbleItem* bubble = sceneOf(window).bubble(QStringLiteral("eve"));
    ASSERT_NE(bubble, nullptr);
    EXPECT_EQ(bubble->lines(), QStringList{QStringLiteral("STARTTLS torn off")});

    const auto read = recordOf(window, EventType::LetterRead, "m1");
    ASSERT_TRUE(read);
    seekAfter(*read, 1000);
    bubble = sceneOf(window).bubble(QStringLiteral("eve"));
    ASSERT_NE(bubble, nullptr);
    EXPECT_EQ(bubble->lines(), (QStringList{QStringLiteral("Subject: Hi"), QStringLiteral("“Secret plans”")}));
    // Near the snooper: its tail at the figure.
    const StationItem* eve = sceneOf(window).station(QStringLiteral("eve"));
    EXPECT_LT(QLineF(bubble->pos(), eve->pos()).length(), 80);

    // A few seconds of replay later (at any speed) it is gone.
    window.player().clock().seekTime(read->time.micros() + std::llround(window.player().clock().speed() * 10'000'000));
    EXPECT_EQ(sceneOf(window).bubble(QStringLiteral("eve")), nullptr);

    const auto box = recordOf(window, EventType::LetterRead, "m2");
    ASSERT_TRUE(box);
    seekAfter(*box, 1000);
    bubble = sceneOf(window).bubble(QStringLiteral("eve"));
    ASSERT_NE(bubble, nullptr);
    EXPECT_EQ(bubble->lines(), (QStringList{QStringLiteral("Subject: Account"), QStringLiteral("text locked")}));


    // In TLS it sees an envelope it cannot open.
    SnooperRemark sealed;
    sealed.seal = Seal::Envelope;
    EXPECT_EQ(SpeechBubbleItem::linesFor(sealed), QStringList{QStringLiteral("can't read it (TLS)")});
}

TEST_F(TlsPicture, TheInspectorSaysWhoCouldReadTheLetterHopByHop)
{
    open("tls_stripped.yaml");
    window.player().clock().seekRecord(window.player().recordCount());
    InspectorDock& dock = inspectorOf(window);
    dock.inspectMessage(QStringLiteral("m1"));
    const QString m1 = dock.messageInspector().readersText();
    EXPECT_TRUE(m1.contains(QStringLiteral("Hop 1 (Sealed envelope): only alice and smtp.sender.test (TLS)"))) << m1.toStdString();
    EXPECT_TRUE(m1.contains(QStringLiteral("Hop 2 (Postcard): anyone on the road between smtp.sender.test and mx.school.test")))
        << m1.toStdString();
    dock.inspectMessage(QStringLiteral("m2"));
    const QString m2 = dock.messageInspector().readersText();
    EXPECT_TRUE(m2.contains(QStringLiteral(
        "Hop 1 (Locked box): only the recipient; the post offices read the envelope and the header lines")))
        << m2.toStdString();
    // The transcript shows the moment TLS starts and the EHLO reply line by line.
    dock.inspectMessage(QStringLiteral("m1"));
    const QString transcript = dock.messageInspector().transcriptText();
    EXPECT_TRUE(transcript.contains(QStringLiteral("TLS starts (STARTTLS)"))) << transcript.toStdString();
    EXPECT_TRUE(transcript.contains(QStringLiteral("S: 250-smtp.sender.test\nS: 250 STARTTLS"))) << transcript.toStdString();
}

TEST_F(TlsPicture, TheSnoopersInspectorListsWhatItReadNewestFirst)
{
    open("tls_stripped.yaml");
    window.player().clock().seekRecord(window.player().recordCount());
    InspectorDock& dock = inspectorOf(window);
    dock.inspectStation(QStringLiteral("eve"));
    const QString text = dock.stationInspector().overheardText();
    const QString m2 = QStringLiteral("m2 from smtp.sender.test to mx.bank.test, a locked box: read who writes to whom and “Account”, not the text");
    const QString m1 = QStringLiteral("m1 from smtp.sender.test to mx.school.test, a postcard: read “Hi”: “Secret plans”");
    EXPECT_TRUE(text.contains(m2)) << text.toStdString();
    EXPECT_TRUE(text.contains(m1)) << text.toStdString();
    EXPECT_LT(text.indexOf(m2), text.indexOf(m1)) << "the newest first";
    EXPECT_TRUE(text.contains(QStringLiteral("tore STARTTLS off the answer of mx.school.test to smtp.sender.test")))
        << text.toStdString();
    // Other stations have no such part.
    dock.inspectStation(QStringLiteral("mx.school.test"));
    EXPECT_TRUE(dock.stationInspector().overheardText().isEmpty());
}

} // namespace
} // namespace postie::gui
