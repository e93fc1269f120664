#include "lesson/worksheet_printer.h"

#include "replay/lesson_run.h"
#include "replay/lesson_words.h"
#include "replay/qt_phrasebook.h"
#include "replay/scenario_session.h"
#include "worksheet/worksheet.h"
#include "worksheet/worksheet_html.h"

#include <QGraphicsScene>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace postie::gui {
namespace {

constexpr int kTownImageWidth = 1400;  // pixels: sharp on paper at the width it is printed
constexpr int kTownPrintWidth = 620;   // the picture's width in the document

QImage townImage(QGraphicsScene& town)
{
    const QRectF area = town.itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (area.isEmpty()) return {};
    const int height = int(kTownImageWidth * area.height() / area.width());
    QImage image(kTownImageWidth, std::max(1, height), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    town.render(&painter, QRectF(image.rect()), area);
    return image;
}

} // namespace

bool WorksheetPrinter::hasLesson(const ScenarioSpec& spec)
{
    return !spec.lesson.stops.empty() || !spec.lesson.goals.empty();
}

QString WorksheetPrinter::print(const ScenarioSession& session, const LessonRun& run, QGraphicsScene& town,
                                QPrinter& printer)
{
    const ScenarioSpec& spec = session.spec();
    if (!hasLesson(spec)) return QObject::tr("This scenario has no lesson, so there is no worksheet to print.");
    if (!run.known()) return QObject::tr("The run is still being worked out; print the worksheet when it is ready.");
    std::vector<StopProgress> progress;
    for (const auto& stop : run.stops()) progress.push_back(stop.progress);
    const Worksheet worksheet = makeWorksheet(spec, progress, LessonWords::language().toStdString(), QtPhrasebook::instance());
    QTextDocument document;
    WorksheetHtmlOptions options;
    const QImage picture = townImage(town);
    if (!picture.isNull()) {
        options.townImage = "town.png";
        options.townImageWidth = kTownPrintWidth;
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("town.png")), picture);
    }
    document.setHtml(QString::fromStdString(worksheetHtml(worksheet, options)));
    document.print(&printer);
    return {};
}

void WorksheetPrinter::printWithDialog(const ScenarioSession& session, const LessonRun& run, QGraphicsScene& town,
                                       QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    //: The printed document's name, after the lesson's title: "Your first email (worksheet)".
    printer.setDocName(QObject::tr("%1 (worksheet)").arg(QString::fromStdString(session.spec().title)));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QObject::tr("Print the worksheet"));
    if (dialog.exec() != QDialog::Accepted) return;
    if (const QString why = print(session, run, town, printer); !why.isEmpty())
        QMessageBox::information(parent, QObject::tr("Print the worksheet"), why);
}

} // namespace postie::gui
