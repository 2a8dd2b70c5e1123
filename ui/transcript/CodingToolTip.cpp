#include "CodingToolTip.h"

#include <QCoreApplication>

namespace tessera::ui {
namespace {

// Long memos would cover the transcript; the memo editor shows the whole text.
constexpr qsizetype kMemoPreview = 280;

QString tr(const char* text)
{
    return QCoreApplication::translate("tessera::ui::CodingToolTip", text);
}

} // namespace

QString codingToolTip(const QList<const CodingDisplay*>& codings)
{
    if (codings.isEmpty()) {
        return {};
    }
    QString html;
    for (const CodingDisplay* c : codings) {
        html += QStringLiteral("<p style='white-space:pre-wrap; margin:2px 0'>"
                               "<span style='color:%1'>■</span> <b>%2</b>")
                    .arg(c->color.name(), c->codePath.toHtmlEscaped());
        if (!c->coderName.isEmpty()) {
            html += QStringLiteral(" — %1").arg(c->coderName.toHtmlEscaped());
        }
        if (c->coding.keyQuote) {
            html += QStringLiteral("<br/>★ ") + tr("Key quote");
        }
        if (!c->coding.memo.isEmpty()) {
            QString memo = c->coding.memo.trimmed();
            if (memo.size() > kMemoPreview) {
                memo = memo.left(kMemoPreview).trimmed() + QStringLiteral("…");
            }
            html += QStringLiteral("<br/><i>%1</i>").arg(memo.toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace tessera::ui
