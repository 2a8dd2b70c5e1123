#include "Transaction.h"

#include "Database.h"

namespace tessera {

Transaction::Transaction(Database& db) : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a concurrent writer (the CLI while the GUI is
    // open) waits at BEGIN instead of failing half-way through an action.
    m_beginStatus = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = m_beginStatus.ok();
}

Transaction::~Transaction()
{
    if (m_active) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_active) {
        return m_beginStatus.ok()
                   ? makeError(ErrorCode::Database, QStringLiteral("Internal error: commit twice"))
                   : m_beginStatus;
    }
    Status status = m_db.exec(QStringLiteral("COMMIT"));
    if (status.ok()) {
        m_active = false;
    }
    return status;
}

} // namespace tessera
