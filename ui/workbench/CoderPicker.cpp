#include "CoderPicker.h"

#include "ColorSwatch.h"
#include "UserPrompts.h"
#include "project/Project.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace tessera::ui {
namespace {
constexpr int kNewCoderData = -1;
}

CoderPicker::CoderPicker(WorkbenchState& state, const UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_state(state), m_prompts(prompts), m_combo(new QComboBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    auto* label = new QLabel(tr("C&oder:"), this);
    label->setBuddy(m_combo);
    layout->addWidget(label);
    m_combo->setObjectName(QStringLiteral("coderPicker"));
    m_combo->setAccessibleName(tr("Current coder"));
    m_combo->setToolTip(tr("New codings are attributed to this coder"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::activated, this, &CoderPicker::choose);
    connect(&m_state.project(), &Project::changed, this, [this](ProjectChanges what) {
        if (what & (ProjectChange::Coders | ProjectChange::Settings)) {
            refresh();
        }
    });
    refresh();
}

void CoderPicker::refresh()
{
    m_refreshing = true;
    m_combo->clear();
    const auto current = m_state.project().currentCoder();
    for (const Coder& coder : m_state.project().coders()) {
        m_combo->addItem(colorSwatch(coder.color), coder.name, coder.id.value);
        if (current && current->id == coder.id) {
            m_combo->setCurrentIndex(m_combo->count() - 1);
        }
    }
    m_combo->insertSeparator(m_combo->count());
    m_combo->addItem(tr("New Coder…"), kNewCoderData);
    m_refreshing = false;
}

void CoderPicker::choose(int index)
{
    if (m_refreshing) {
        return;
    }
    const qint64 value = m_combo->itemData(index).toLongLong();
    if (value == kNewCoderData) {
        addCoder();
        refresh(); // puts the combo back on the current coder if nothing was added
        return;
    }
    const CoderId id(value);
    const auto current = m_state.project().currentCoder();
    if (current && current->id == id) {
        return;
    }
    if (auto st = m_state.project().setCurrentCoder(id); !st) {
        emit problem(st.error().message);
        refresh();
        return;
    }
    emit statusMessage(tr("New codings are now attributed to %1.").arg(m_combo->itemText(index)));
}

void CoderPicker::addCoder()
{
    const auto name = m_prompts.askText(this, tr("New Coder"), tr("Coder's name:"), {});
    if (!name || name->trimmed().isEmpty()) {
        return;
    }
    const QColor suggested(paletteColor(int(m_state.project().coders().size()) + 3));
    const auto color = m_prompts.askColor(this, suggested, tr("Colour for %1").arg(*name));
    auto id = m_state.project().addCoder(name->trimmed(), (color ? *color : suggested).name());
    if (!id) {
        emit problem(id.error().message);
        return;
    }
    if (auto st = m_state.project().setCurrentCoder(*id); !st) {
        emit problem(st.error().message);
        return;
    }
    emit statusMessage(
        tr("Added the coder %1; new codings are attributed to them.").arg(name->trimmed()));
}

} // namespace tessera::ui
