#include "ProjectFixture.h"
#include "agreement/Disagreements.h"
#include "agreement/ProjectAgreement.h"
#include "common/Environment.h"
#include "sample/SampleStudy.h"

#include <QHash>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

// The bundled sample study's two coders must give a report worth reading (issue 6, point 8):
// some codes compared with defined figures, and some disagreement to review. The figures
// themselves depend on the sample's codings, so only their properties are checked here.
TEST(SampleStudyAgreement, TwoCodersGiveANonTrivialReport)
{
    Environment::useDeterministicSeams();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto project = unwrap(createSampleStudy(dir.filePath(u"sample.tessera"_s)), "sample");
    // The two coders who coded most (a new project also has a default coder with no codings).
    QList<Coder> coders = project->coders();
    ASSERT_GE(coders.size(), 2);
    QHash<qint64, int> codings;
    for (const Coding& c : project->codings()) {
        ++codings[c.coderId.value];
    }
    std::stable_sort(coders.begin(), coders.end(), [&](const Coder& a, const Coder& b) {
        return codings.value(a.id.value) > codings.value(b.id.value);
    });
    ASSERT_GT(codings.value(coders[1].id.value), 0);

    for (auto unit : {AgreementOptions::Unit::Character, AgreementOptions::Unit::Turn,
                      AgreementOptions::Unit::Unitized}) {
        AgreementOptions options;
        options.coders = {coders[0].id, coders[1].id};
        options.unit = unit;
        const AgreementReport r = unwrap(computeAgreement(*project, options), "agreement");
        ASSERT_FALSE(r.perCode.isEmpty()) << agreementUnitName(unit).toStdString();
        int defined = 0;
        int belowOne = 0;
        int aboveZero = 0; // agreement beyond chance somewhere: the coders did code the same data
        for (const CodeAgreement& c : r.perCode) {
            const auto& figure = unit == AgreementOptions::Unit::Unitized ? c.uAlpha : c.cohenKappa;
            ASSERT_TRUE(figure.has_value());
            if (figure->isDefined()) {
                ++defined;
                belowOne += *figure->value < 1.0 - 1e-9 ? 1 : 0;
                aboveZero += *figure->value > 1e-9 ? 1 : 0;
                EXPECT_GE(*figure->value, -1.0 - 1e-9);
            } else {
                EXPECT_FALSE(c.undefinedReason().isEmpty()) << c.path.toStdString();
            }
        }
        EXPECT_GT(defined, 0) << agreementUnitName(unit).toStdString();
        EXPECT_GT(belowOne, 0) << agreementUnitName(unit).toStdString();
        EXPECT_GT(aboveZero, 0) << agreementUnitName(unit).toStdString();
    }
    const auto list = unwrap(disagreements(*project, {coders[0].id, coders[1].id}), "review");
    EXPECT_FALSE(list.isEmpty());
    for (qsizetype i = 1; i < list.size(); ++i) {
        EXPECT_GE(list[i - 1].length(), list[i].length());
    }
    Environment::resetSeams();
}

} // namespace
} // namespace tessera::test
