#include "replay/qt_phrasebook.h"

#include <QCoreApplication>

namespace postie::gui {

std::string QtPhrasebook::word(const Phrase& phrase) const
{
    return QCoreApplication::translate(phrase.context, phrase.text, phrase.comment).toStdString();
}

const QtPhrasebook& QtPhrasebook::instance()
{
    static const QtPhrasebook book;
    return book;
}

} // namespace postie::gui
