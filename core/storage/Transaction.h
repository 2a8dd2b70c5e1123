#pragma once

#include "common/Result.h"

namespace tessera {

class Database;

// BEGIN IMMEDIATE on construction, ROLLBACK in the destructor unless commit() succeeded, so
// an early return on error leaves the project exactly as it was.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; if not, status() says why.
    bool isActive() const { return m_active; }
    const Status& beginStatus() const { return m_beginStatus; }
    Status commit();

private:
    Database& m_db;
    bool m_active = false;
    Status m_beginStatus;
};

} // namespace tessera
