#include "shell/legend_dock.h"

#include "shell/classroom_style.h"

#include "map/failure_sign_item.h"
#include "map/legend_pictures.h"
#include "map/message_palette.h"
#include "replay/seal_words.h"
#include "replay/vocabulary.h"
#include "shell/dock_column.h"
#include "shell/legend_row.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace postie::gui {
namespace {

// Asks for no more width than the narrowest dock: the dock column decides how wide it is, and
// the legend's lines wrap to it.
class NarrowScrollArea : public QScrollArea {
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override { return {DockColumn::kMinWidth, QScrollArea::sizeHint().height()}; }
};

} // namespace

LegendDock::LegendDock(QWidget* parent) : QDockWidget(tr("Legend"), parent), m_page(new QWidget), m_rows(new QVBoxLayout(m_page))
{
    setObjectName(QStringLiteral("legendDock"));
    setAccessibleName(tr("Legend: what the pictures on the map mean"));
    auto* scroll = new NarrowScrollArea(this);
    scroll->setObjectName(QStringLiteral("legendScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // the rows wrap instead
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_page);
    m_page->setObjectName(QStringLiteral("legendPage"));
    setWidget(scroll);
    build();
}

QStringList LegendDock::lines() const { return m_lines; }

void LegendDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    if (m_stale) build();
}

void LegendDock::changeEvent(QEvent* event)
{
    QDockWidget::changeEvent(event);
    // Presentation mode changes the type: the pictures grow with it.
    if (event->type() == QEvent::FontChange) {
        m_stale = true;
        if (isVisible()) build();
    }
}

void LegendDock::addHeading(const QString& text)
{
    auto* label = new QLabel(text, m_page);
    label->setFont(scaledFont(font(), 1.15, true));
    label->setWordWrap(true);
    label->setContentsMargins(0, 10, 0, 2);
    m_rows->addWidget(label);
    m_lines << text;
}

void LegendDock::addRow(const QPixmap& picture, const QString& text)
{
    // The pictures line up, the words after them (or under them on a narrow dock).
    m_rows->addWidget(new LegendRow(picture, text, fontMetrics().height() * 5, m_page));
    m_lines << text;
}

void LegendDock::build()
{
    m_stale = false;
    m_lines.clear();
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int height = fontMetrics().height() * 3;
    const int small = fontMetrics().height() * 2;
    const LegendPictures big(height);
    const LegendPictures little(small);

    addHeading(tr("Buildings"));
    for (StationKind k : {StationKind::Outgoing, StationKind::Resolver, StationKind::Incoming, StationKind::Mailbox,
                          StationKind::Router, StationKind::Snooper})
        addRow(big.building(k), tr("%1: %2").arg(Vocabulary::headline(Vocabulary::word(k, Words::Postal)),
                                                 Vocabulary::word(k, Words::Email)));

    addHeading(tr("Writers' devices (mail clients)"));
    for (DeviceKind d : kDeviceKinds) addRow(big.device(d), Vocabulary::headline(Devices::words(d)));

    addHeading(tr("Badges: how many letters"));
    addRow(big.badge(LegendPictures::Badge::Queue), tr("Blue number: letters waiting in the depot for a clerk (the queue)."));
    addRow(big.badge(LegendPictures::Badge::InBoxes),
           tr("Blue envelope and number: letters in the PO boxes, waiting for their reader to fetch them."));
    addRow(big.badge(LegendPictures::Badge::Retry),
           tr("Amber round arrow and number: letters put off till a later try (deferred)."));

    addHeading(tr("Stamps: a station acts (a moment)"));
    using FK = StationFlash::Kind;
    addRow(big.stamp({FK::Answer, "MX"}), tr("MX answer: the postal-code directory tells which sorting station serves "
                                             "the address (DNS)."));
    addRow(big.stamp({FK::Accepted, "250"}), tr("250 OK: a server takes the letter."));
    addRow(big.stamp({FK::Stored, ""}), tr("In the box: the letter is delivered to its PO box."));
    addRow(QPixmap(), tr("Played faster than %1x, only failures and \"in the box\" get a stamp, so the "
                         "buildings stay in sight.").arg(QLocale().toString(kRoutineStampsUpTo)));

    addHeading(tr("Marks: something went wrong (they stay a few seconds)"));
    for (FailureMark::Kind k : kFailureKinds) {
        FailureMark sample{k, "", 0, 0};
        if (k == FailureMark::Kind::TryLater) sample.word = "421";
        if (k == FailureMark::Kind::Rejected) sample.word = "550";
        if (k == FailureMark::Kind::NoSuchDomain) sample.word = "NXDOMAIN";
        addRow(little.mark(sample), tr("%1: %2").arg(FailureSignItem::markText(sample), FailureSignItem::markMeaning(k)));
    }

    addHeading(tr("A station in trouble (until it is well again)"));
    for (Trouble t : {Trouble::Closed, Trouble::NoAnswer, Trouble::Busy, Trouble::Deferring})
        addRow(big.trouble(t), FailureSignItem::troubleMeaning(t));

    addHeading(tr("Roads and trucks"));
    addRow(big.truck(), tr("A truck is a letter on its way. Each letter has its own colour and its name on a tag "
                           "(m1, m2); a red tag: returned to sender."));
    for (Seal s : {Seal::Postcard, Seal::Envelope, Seal::LockedBox})
        //: The legend's row for a truck's seal: "Postcard: anyone on the road can read it (no TLS)".
        addRow(big.truck(s), tr("%1 on the truck: %2").arg(SealWords::name(s), SealWords::meaning(s)));
    addRow(big.closedRoad(), tr("A pale road with a red barrier: the road is cut, nothing gets through."));
    addRow(QPixmap(), tr("The small sign on a road (20ms): how long a trip along it takes. Small bubbles (EHLO, "
                         "250, MX?) are the words said on the way."));

    addHeading(tr("Colours"));
    addRow(little.swatch(QColor(0xC6, 0x28, 0x28)), tr("Red: refused for good, returned, closed."));
    addRow(little.swatch(QColor(0xC7, 0x7C, 0x00)), tr("Amber: not now; it will be tried again."));
    addRow(little.swatch(QColor(0x00, 0x8A, 0x64)), tr("Green: it went well."));
    addRow(little.swatch(QColor(0x00, 0x72, 0xB2)), tr("Blue: counts and answers."));
    m_rows->addStretch(1);
}

} // namespace postie::gui
