#include "Environment.h"

#include <QMutex>
#include <QUuid>

#include <memory>

namespace tessera {
namespace {

QMutex& seamMutex()
{
    static QMutex mutex;
    return mutex;
}

Environment::GuidFactory& guidFactory()
{
    static Environment::GuidFactory factory;
    return factory;
}

Environment::Clock& clock()
{
    static Environment::Clock c;
    return c;
}

} // namespace

QString Environment::newGuid()
{
    QMutexLocker lock(&seamMutex());
    if (guidFactory()) {
        return guidFactory()();
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QDateTime Environment::now()
{
    QMutexLocker lock(&seamMutex());
    if (clock()) {
        return clock()();
    }
    return QDateTime::currentDateTimeUtc();
}

void Environment::setGuidFactory(GuidFactory factory)
{
    QMutexLocker lock(&seamMutex());
    guidFactory() = std::move(factory);
}

void Environment::setClock(Clock c)
{
    QMutexLocker lock(&seamMutex());
    clock() = std::move(c);
}

void Environment::useDeterministicSeams()
{
    auto counter = std::make_shared<quint64>(0);
    setGuidFactory([counter] {
        ++*counter;
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(*counter, 12, 10, QLatin1Char('0'));
    });
    auto tick = std::make_shared<qint64>(0);
    const QDateTime start(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    setClock([tick, start] { return start.addSecs((*tick)++); });
}

void Environment::resetSeams()
{
    setGuidFactory({});
    setClock({});
}

} // namespace tessera
