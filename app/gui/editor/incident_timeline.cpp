#include "editor/incident_timeline.h"

#include "editor/town_editor.h"
#include "scenario/entry_fields.h"
#include "scenario/list_entry_places.h"
#include "scenario/units.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace postie::gui {
namespace {

constexpr int kLaneHeight = 22;
constexpr int kLabelWidth = 110;
constexpr int kAxisHeight = 18;


QString clockWords(double seconds)
{
    if (seconds >= 3600 && std::fmod(seconds, 3600) == 0) return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds >= 60) return QStringLiteral("%1m").arg(std::round(seconds / 60));
    return QStringLiteral("%1s").arg(seconds);
}

} // namespace

double writtenSeconds(const std::string& written, double otherwise)
{
    const auto d = parseDuration(written);
    return d.ok() ? double(d.value->micros()) / 1e6 : otherwise;
}

IncidentTimeline::IncidentTimeline(TownEditor& editor, QWidget* parent) : QWidget(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("incidentTimeline"));
    setAccessibleName(tr("Incidents on a timeline"));
    setToolTip(tr("Each incident at its time: red, a station or road goes down (the bar: for how long); "
                  "green, it comes back up. Click one to see its keys."));
    connect(&m_editor, &TownEditor::draftChanged, this, &IncidentTimeline::reread);
    connect(&m_editor, &TownEditor::selectionChanged, this, [this] { update(); });
}

void IncidentTimeline::reread()
{
    m_marks.clear();
    m_lanes.clear();
    m_spanS = 600;
    const TownDraft* draft = m_editor.draft();
    if (!draft) return;
    const std::string& text = draft->text();
    const std::size_t count = topLevelEntries(text, "incidents").size();
    for (std::size_t i = 0; i < count; ++i) {
        Mark m;
        m.index = int(i);
        for (const KeyField& f : entryFields(text, "incidents", i)) {
            if (!f.written) continue;
            if (f.key->name == "at") m.atS = std::max(0.0, writtenSeconds(f.value, 0));
            if (f.key->name == "for") m.forS = std::max(0.0, writtenSeconds(f.value, 0));
            if (f.key->name == "go") m.down = f.value != "up";
            if (f.key->name == "station") m.target = QString::fromStdString(f.value);
            if (f.key->name == "road")
                m.target = QString::fromStdString(f.value).remove(QLatin1Char('[')).remove(QLatin1Char(']')).replace(
                    QStringLiteral(", "), QStringLiteral(" – "));
        }
        if (!m_lanes.contains(m.target)) m_lanes << m.target;
        m_spanS = std::max(m_spanS, (m.atS + m.forS) * 1.1);
        m_marks.push_back(m);
    }
    setMinimumHeight(sizeHint().height());  // every lane in sight, however small the panel's lists
    updateGeometry();
    update();
}

QSize IncidentTimeline::sizeHint() const
{
    return {300, kAxisHeight + kLaneHeight * std::max<int>(1, int(m_lanes.size())) + 4};
}

double IncidentTimeline::xOf(double seconds) const
{
    const double width = std::max(40, this->width() - kLabelWidth - 8);
    return kLabelWidth + width * seconds / m_spanS;
}

int IncidentTimeline::laneOf(const QString& target) const { return std::max(0, int(m_lanes.indexOf(target))); }

QRectF IncidentTimeline::markRect(std::size_t i) const
{
    const Mark& m = m_marks.at(i);
    const double y = kAxisHeight + laneOf(m.target) * kLaneHeight;
    const double x = xOf(m.atS);
    const double end = m.forS > 0 ? xOf(m.atS + m.forS) : x + 10;
    return QRectF(x - 5, y + 3, std::max(10.0, end - x + 5), kLaneHeight - 6);
}

void IncidentTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::WindowText);
    p.setPen(ink);
    // The axis: the start, the middle and the end of the span, in the file's units.
    // The first label starts at its tick, the last ends at its tick: both stay inside.
    for (const double s : {0.0, m_spanS / 2, m_spanS}) {
        const double x = xOf(s);
        p.drawLine(QPointF(x, kAxisHeight - 4), QPointF(x, kAxisHeight));
        const QRectF box = s == 0 ? QRectF(x, 0, 60, kAxisHeight - 4)
                         : s == m_spanS ? QRectF(x - 60, 0, 60, kAxisHeight - 4)
                                        : QRectF(x - 30, 0, 60, kAxisHeight - 4);
        const Qt::Alignment align = s == 0 ? Qt::AlignLeft : s == m_spanS ? Qt::AlignRight : Qt::AlignHCenter;
        p.drawText(box, align | Qt::AlignVCenter, clockWords(s));
    }
    if (m_marks.empty()) {
        p.drawText(rect().adjusted(kLabelWidth, kAxisHeight, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("No incidents"));
        return;
    }
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const QRectF label(0, kAxisHeight + lane * kLaneHeight, kLabelWidth - 6, kLaneHeight);
        p.setPen(ink);
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, p.fontMetrics().elidedText(m_lanes[lane], Qt::ElideMiddle, int(label.width())));
    }
    const EditTarget& selected = m_editor.selection();
    for (std::size_t i = 0; i < m_marks.size(); ++i) {
        const Mark& m = m_marks[i];
        const QRectF r = markRect(i);
        const QColor colour = m.down ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32);
        p.setPen(Qt::NoPen);
        p.setBrush(colour.lighter(160));
        if (m.forS > 0) p.drawRoundedRect(r, 3, 3);
        p.setBrush(colour);
        p.drawEllipse(QPointF(r.left() + 5, r.center().y()), 5, 5);
        if (selected.kind == EditTarget::Kind::Entry && selected.list == QLatin1String("incidents") && selected.index == m.index) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-2, -2, 2, 2), 4, 4);
        }
    }
}

void IncidentTimeline::mousePressEvent(QMouseEvent* event)
{
    // A mark's dot first (bars of one lane may cover the dots of later incidents), then its bar.
    for (const bool dotsOnly : {true, false})
        for (std::size_t i = m_marks.size(); i-- > 0;) {
            const QRectF r = markRect(i);
            const QRectF dot(r.left() - 3, r.center().y() - 8, 16, 16);
            if (!(dotsOnly ? dot : r.adjusted(-3, -3, 3, 3)).contains(event->position())) continue;
            m_editor.select(EditTarget::entry(QStringLiteral("incidents"), m_marks[i].index));
            return;
        }
    QWidget::mousePressEvent(event);
}

} // namespace postie::gui
