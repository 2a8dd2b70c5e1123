#pragma once

#include "common/WorkbenchState.h"
#include "project/Project.h"

#include <QAbstractItemModel>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace tessera::ui::test {

// The sample study (3 documents, 19 codes, 12 themes, 146 codings, coders Alex Morgan and Sam
// Okoro) in a temporary project file, a WorkbenchState over it, and QAbstractItemModelTester on
// every model a test watches: any complaint of the tester fails the test.
class ModelTestFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    Project& project() { return *m_project; }
    WorkbenchState& state() { return *m_state; }
    QString projectPath() const;
    // The same file through a second connection: what a restart would see.
    std::unique_ptr<Project> reopen() const;

    // Checks `model` with QAbstractItemModelTester for as long as the model lives.
    void watch(QAbstractItemModel* model);

    CodeId code(const QString& path) const;
    ThemeId theme(const QString& pathOrName) const;
    CoderId coder(const QString& name) const;
    static QString codePath(const Project& project, CodeId id);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<WorkbenchState> m_state;
};

// Routes the model tester's warnings (logging category qt.modeltest) into a list; idempotent.
void captureModelTesterMessages();
// The model tester's warnings since the last call.
QStringList takeModelTesterMessages();

} // namespace tessera::ui::test
