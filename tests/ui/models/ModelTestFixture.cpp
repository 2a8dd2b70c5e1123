#include "ModelTestFixture.h"

#include "sample/SampleStudy.h"

#include <QAbstractItemModelTester>
#include <QMutex>

#include <utility>

using namespace Qt::StringLiterals;

namespace tessera::ui::test {
namespace {

QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void collectTesterMessages(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (type != QtDebugMsg && type != QtInfoMsg && context.category &&
        QLatin1String(context.category) == QLatin1String("qt.modeltest")) {
        const QMutexLocker lock(&g_mutex);
        g_messages << text;
        return;
    }
    if (g_previous) {
        g_previous(type, context, text);
    }
}

} // namespace

QStringList takeModelTesterMessages()
{
    const QMutexLocker lock(&g_mutex);
    return std::exchange(g_messages, {});
}

void captureModelTesterMessages()
{
    static const bool installed = [] {
        g_previous = qInstallMessageHandler(collectTesterMessages);
        return true;
    }();
    Q_UNUSED(installed);
    takeModelTesterMessages();
}

void ModelTestFixture::SetUp()
{
    captureModelTesterMessages();
    ASSERT_TRUE(m_dir.isValid());
    auto created = createSampleStudy(projectPath());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    m_project = std::move(created.value());
    m_state = std::make_unique<WorkbenchState>(*m_project);
}

void ModelTestFixture::TearDown()
{
    const QStringList messages = takeModelTesterMessages();
    EXPECT_TRUE(messages.isEmpty()) << messages.join(u'\n').toStdString();
}

QString ModelTestFixture::projectPath() const
{
    return m_dir.filePath(u"study.tessera"_s);
}

std::unique_ptr<Project> ModelTestFixture::reopen() const
{
    auto opened = Project::open(projectPath());
    if (!opened) {
        ADD_FAILURE() << opened.error().message.toStdString();
        return nullptr;
    }
    return std::move(opened.value());
}

void ModelTestFixture::watch(QAbstractItemModel* model)
{
    // Parented to the model: the tester lives exactly as long as what it checks.
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Warning,
                                 model);
}

CodeId ModelTestFixture::code(const QString& path) const
{
    const auto found = m_project->findCodeByPath(path);
    EXPECT_TRUE(found.ok()) << path.toStdString();
    return found ? found->id : CodeId();
}

ThemeId ModelTestFixture::theme(const QString& pathOrName) const
{
    const auto found = m_project->findTheme(pathOrName);
    EXPECT_TRUE(found.ok()) << pathOrName.toStdString();
    return found ? found->id : ThemeId();
}

CoderId ModelTestFixture::coder(const QString& name) const
{
    const auto found = m_project->findCoder(name);
    EXPECT_TRUE(found.ok()) << name.toStdString();
    return found ? found->id : CoderId();
}

QString ModelTestFixture::codePath(const Project& project, CodeId id)
{
    const auto c = project.code(id);
    return c ? c->path : QString();
}

} // namespace tessera::ui::test
