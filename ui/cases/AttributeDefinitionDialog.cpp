#include "AttributeDefinitionDialog.h"

#include "ProblemLabel.h"
#include "project/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::ui {

AttributeDefinitionDialog::AttributeDefinitionDialog(Project& project, AttributeScope scope,
                                                     QWidget* parent)
    : QDialog(parent), m_project(project), m_scope(scope), m_name(new QLineEdit(this)),
      m_type(new QComboBox(this)), m_categories(new QPlainTextEdit(this)),
      m_multiSelect(new QCheckBox(tr("Several categories per person (separated by ;)"), this)),
      m_error(new ProblemLabel(this))
{
    setObjectName(QStringLiteral("attributeDefinitionDialog"));
    setWindowTitle(scope == AttributeScope::Participant ? tr("Add Participant Attribute")
                                                        : tr("Add Document Attribute"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name->setPlaceholderText(scope == AttributeScope::Participant
                                   ? tr("e.g. Role, Years in practice, Local authority")
                                   : tr("e.g. Setting, Date held"));
    m_name->setAccessibleName(tr("Attribute name"));
    form->addRow(tr("&Name:"), m_name);
    m_type->addItem(tr("Category (a fixed list of values)"), int(AttributeType::Category));
    m_type->addItem(tr("Number"), int(AttributeType::Number));
    m_type->addItem(tr("Date"), int(AttributeType::Date));
    m_type->addItem(tr("Text"), int(AttributeType::Text));
    m_type->setAccessibleName(tr("Attribute type"));
    form->addRow(tr("&Type:"), m_type);
    m_categories->setPlaceholderText(tr("One value per line, in the order tables should show "
                                        "them, e.g.\nSocial worker\nFamily support worker"));
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->setTabChangesFocus(true);
    form->addRow(tr("&Categories:"), m_categories);
    form->addRow(QString(), m_multiSelect);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("attributeDefinitionError"));
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Attribute"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            &AttributeDefinitionDialog::updateCategoryFields);
    updateCategoryFields();
    resize(460, 340);
}

void AttributeDefinitionDialog::updateCategoryFields()
{
    const bool category = AttributeType(m_type->currentData().toInt()) == AttributeType::Category;
    m_categories->setEnabled(category);
    m_multiSelect->setEnabled(category);
}

AttributeDefinition AttributeDefinitionDialog::definition() const
{
    AttributeDefinition definition;
    definition.scope = m_scope;
    definition.name = m_name->text().trimmed();
    definition.type = AttributeType(m_type->currentData().toInt());
    if (definition.type == AttributeType::Category) {
        for (const QString& line : m_categories->toPlainText().split(QLatin1Char('\n'))) {
            const QString value = line.trimmed();
            if (!value.isEmpty() && !definition.categories.contains(value)) {
                definition.categories << value;
            }
        }
        definition.multiSelect = m_multiSelect->isChecked();
    }
    return definition;
}

void AttributeDefinitionDialog::accept()
{
    const AttributeDefinition wanted = definition();
    QString problem;
    if (wanted.name.isEmpty()) {
        problem = tr("Give the attribute a name.");
    } else if (m_project.attribute(m_scope, wanted.name)) {
        problem = tr("There is already an attribute called “%1”. Choose another name, or edit "
                     "the values of that one in the table.")
                      .arg(wanted.name);
    } else if (auto st = m_project.defineAttribute(wanted); !st) {
        problem = st.error().message;
    }
    if (!problem.isEmpty()) {
        m_error->setProblem(problem);
        m_name->setFocus();
        return;
    }
    emit defined(wanted.name);
    QDialog::accept();
}

} // namespace tessera::ui
