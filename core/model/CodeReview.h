#pragma once

#include "model/Entities.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tessera {

// Codebook review (docs/team-work.md): while a team refines its codebook, each code carries
// where the team stands on it, and the team's comments on its name and definition.

// No status at all means the code has not been looked at yet.
enum class CodeReviewStatus { Proposed, Accepted, NeedsDiscussion };

// "proposed", "accepted", "needs discussion": the words stored in the file and shown in
// exports.
inline QString codeReviewStatusName(CodeReviewStatus status)
{
    switch (status) {
    case CodeReviewStatus::Proposed:
        return QStringLiteral("proposed");
    case CodeReviewStatus::Accepted:
        return QStringLiteral("accepted");
    case CodeReviewStatus::NeedsDiscussion:
        return QStringLiteral("needs discussion");
    }
    return {};
}

// The stored name in any letter case; "-" or "_" may stand for the space ("needs-discussion"),
// which saves quoting on a command line.
inline std::optional<CodeReviewStatus> codeReviewStatusFromName(const QString& name)
{
    QString key = name.trimmed().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    for (const CodeReviewStatus status : {CodeReviewStatus::Proposed, CodeReviewStatus::Accepted,
                                          CodeReviewStatus::NeedsDiscussion}) {
        if (key == codeReviewStatusName(status)) {
            return status;
        }
    }
    return std::nullopt;
}

using CodeCommentId = Id<struct CodeCommentTag>;

struct CodeComment {
    CodeCommentId id;
    QString guid;
    CodeId codeId;
    std::optional<CoderId> coderId; // none when the comment's coder no longer exists
    QString coderName;              // empty without a coder
    QDateTime createdAt;            // UTC
    QString text;
};

} // namespace tessera
