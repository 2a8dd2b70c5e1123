#include "CsvTestParser.h"

namespace tessera::test {

namespace {

class Rfc4180Reader {
public:
    explicit Rfc4180Reader(QStringView text) : m_text(text) {}

    std::optional<QList<QStringList>> records()
    {
        QList<QStringList> records;
        QStringList record;
        while (m_pos < m_text.size()) {
            const std::optional<QString> field = atQuote() ? quotedField() : plainField();
            if (!field) {
                return std::nullopt;
            }
            record << *field;
            if (consume(u',')) {
                continue;
            }
            if (!consume(u'\r') || !consume(u'\n')) {
                return std::nullopt; // a record must end with CRLF, the last one too
            }
            records << record;
            record.clear();
        }
        return records;
    }

private:
    bool atQuote() const { return m_pos < m_text.size() && m_text[m_pos] == u'"'; }

    bool consume(QChar expected)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == expected) {
            ++m_pos;
            return true;
        }
        return false;
    }

    std::optional<QString> quotedField()
    {
        QString field;
        ++m_pos; // the opening quote
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (c != u'"') {
                field += c;
            } else if (consume(u'"')) {
                field += u'"';
            } else {
                return field;
            }
        }
        return std::nullopt; // unterminated
    }

    std::optional<QString> plainField()
    {
        QString field;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u',' || c == u'\r') {
                return field;
            }
            if (c == u'"' || c == u'\n') {
                return std::nullopt;
            }
            field += c;
            ++m_pos;
        }
        return field;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<QList<QStringList>> parseRfc4180(QStringView text)
{
    return Rfc4180Reader(text).records();
}

} // namespace tessera::test
