#include "ExcerptColumns.h"

#include <QCoreApplication>

namespace tessera::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tessera::ui::ExcerptColumns", text);
}

} // namespace

QVariant ExcerptColumns::header(int column)
{
    switch (column) {
    case DocumentColumn:
        return tr("Document");
    case SpeakerColumn:
        return tr("Speaker");
    case CodeColumn:
        return tr("Code");
    case CoderColumn:
        return tr("Coder");
    case TextColumn:
        return tr("Excerpt");
    default:
        return {};
    }
}

QVariant ExcerptColumns::display(const Excerpt& excerpt, int column)
{
    switch (column) {
    case DocumentColumn:
        return excerpt.documentName;
    case SpeakerColumn:
        return excerpt.speaker;
    case CodeColumn:
        return excerpt.codePath;
    case CoderColumn:
        return excerpt.coderName;
    case TextColumn:
        return excerpt.text.simplified();
    default:
        return {};
    }
}

} // namespace tessera::ui
