#include "widgets/shell/preferencesdialog.h"
#include "widgets/common/themecolors.h"

#include "core/app/uilanguage.h"
#include "core/settings/appsettings.h"
#include "core/ssh/shellquote.h"
#include "widgets/containers/terminallauncher.h"
#include "widgets/shell/appearance.h"

#include <QComboBox>
#include <QPushButton>

#include <algorithm>
#include <utility>

#include "ui_preferencesdialog.h"

PreferencesDialog::PreferencesDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->refreshInterval->setRange(Preferences::MinRefreshSeconds, Preferences::MaxRefreshSeconds);
    m_ui->logBufferLines->setRange(Preferences::MinLogLines, Preferences::MaxLogLines);
    m_ui->logBufferLines->setGroupSeparatorShown(true);
    m_ui->ciLogCacheMiB->setRange(Preferences::MinCiLogCacheMiB, Preferences::MaxCiLogCacheMiB);
    m_ui->ciLogCacheMiB->setGroupSeparatorShown(true);
    // One width for the spin boxes, so the column reads as a column.
    const int spinWidth = std::max({ m_ui->refreshInterval->sizeHint().width(),
        m_ui->logBufferLines->sizeHint().width(), m_ui->ciLogCacheMiB->sizeHint().width() });
    m_ui->refreshInterval->setMinimumWidth(spinWidth);
    m_ui->logBufferLines->setMinimumWidth(spinWidth);
    m_ui->ciLogCacheMiB->setMinimumWidth(spinWidth);
    m_ui->terminalCommand->setPlaceholderText(tr("Detect automatically"));
    QFont hintFont = m_ui->terminalHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    m_ui->terminalHint->setFont(hintFont);

    // Each language in its own name, so a user finds theirs whatever the dialog is shown in.
    m_ui->language->addItem(tr("System default (%1)").arg(UiLanguage::nativeName(QLocale::system().name())), QString());
    const QStringList languages = UiLanguage::available();
    for (const QString& code : languages)
        m_ui->language->addItem(UiLanguage::nativeName(code), code);

    m_ui->colorScheme->addItem(tr("Desktop default"), Appearance::System);
    m_ui->colorScheme->addItem(tr("Light"), Appearance::Light);
    m_ui->colorScheme->addItem(tr("Dark"), Appearance::Dark);

    m_stored = Preferences::load(*m_settings);
    m_startLanguage = UiLanguage::startSetting().value_or(m_stored.language);
    setValues(m_stored);

    connect(m_ui->refreshInterval, &QSpinBox::valueChanged, this, &PreferencesDialog::updateButtons);
    connect(m_ui->logBufferLines, &QSpinBox::valueChanged, this, &PreferencesDialog::updateButtons);
    connect(m_ui->ciLogCacheMiB, &QSpinBox::valueChanged, this, &PreferencesDialog::updateButtons);
    connect(m_ui->healthHideAddresses, &QCheckBox::toggled, this, &PreferencesDialog::updateButtons);
    connect(m_ui->language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateButtons);
    connect(m_ui->colorScheme, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateButtons);
    connect(m_ui->unknownNeedsTypedName, &QCheckBox::toggled, this, &PreferencesDialog::updateButtons);
    connect(m_ui->terminalCommand, &QLineEdit::textChanged, this, [this] {
        updateTerminalHint();
        updateButtons();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this, [this](QAbstractButton* button) {
        switch (m_ui->buttonBox->standardButton(button)) {
        case QDialogButtonBox::Apply:
            apply();
            break;
        case QDialogButtonBox::RestoreDefaults:
            restoreDefaults();
            break;
        default:
            break; // OK and Cancel arrive as accepted / rejected
        }
    });
    // Another window's dialog may apply first: follow it in every field the user has not edited here.
    connect(m_settings, &AppSettings::changed, this, [this](const QString& key) {
        if (!Preferences::isPreferenceKey(key))
            return;
        const Preferences before = std::exchange(m_stored, Preferences::load(*m_settings));
        Preferences shown = values();
        if (shown.refreshIntervalSeconds == before.refreshIntervalSeconds)
            shown.refreshIntervalSeconds = m_stored.refreshIntervalSeconds;
        if (shown.logBufferLines == before.logBufferLines)
            shown.logBufferLines = m_stored.logBufferLines;
        if (shown.terminalCommand == before.terminalCommand)
            shown.terminalCommand = m_stored.terminalCommand;
        if (shown.ciLogCacheMiB == before.ciLogCacheMiB)
            shown.ciLogCacheMiB = m_stored.ciLogCacheMiB;
        if (shown.healthHideAddresses == before.healthHideAddresses)
            shown.healthHideAddresses = m_stored.healthHideAddresses;
        if (shown.language == before.language)
            shown.language = m_stored.language;
        if (shown.colorScheme == before.colorScheme)
            shown.colorScheme = m_stored.colorScheme;
        if (shown.unknownEnvironmentNeedsTypedName == before.unknownEnvironmentNeedsTypedName)
            shown.unknownEnvironmentNeedsTypedName = m_stored.unknownEnvironmentNeedsTypedName;
        setValues(shown);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    updateButtons();
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::values() const
{
    Preferences p;
    p.refreshIntervalSeconds = m_ui->refreshInterval->value();
    p.logBufferLines = m_ui->logBufferLines->value();
    p.terminalCommand = m_ui->terminalCommand->text().trimmed();
    p.healthHideAddresses = m_ui->healthHideAddresses->isChecked();
    p.ciLogCacheMiB = m_ui->ciLogCacheMiB->value();
    p.language = m_ui->language->currentData().toString();
    p.colorScheme = m_ui->colorScheme->currentData().toString();
    p.unknownEnvironmentNeedsTypedName = m_ui->unknownNeedsTypedName->isChecked();
    return p;
}

void PreferencesDialog::setValues(const Preferences& values)
{
    m_ui->refreshInterval->setValue(values.refreshIntervalSeconds);
    m_ui->logBufferLines->setValue(values.logBufferLines);
    m_ui->terminalCommand->setText(values.terminalCommand);
    m_ui->healthHideAddresses->setChecked(values.healthHideAddresses);
    m_ui->ciLogCacheMiB->setValue(values.ciLogCacheMiB);
    // A code this build does not list (a newer release wrote it) shows as the system default.
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(values.language)));
    m_ui->colorScheme->setCurrentIndex(std::max(0, m_ui->colorScheme->findData(values.colorScheme)));
    m_ui->unknownNeedsTypedName->setChecked(values.unknownEnvironmentNeedsTypedName);
    updateTerminalHint();
    updateButtons();
}

void PreferencesDialog::apply()
{
    values().save(*m_settings);
    m_settings->sync(); // a preference the user confirmed survives a crash of the session
    updateButtons();
}

void PreferencesDialog::restoreDefaults()
{
    setValues(Preferences::defaults());
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}

void PreferencesDialog::updateButtons()
{
    const Preferences shown = values();
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(shown != m_stored);
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setEnabled(shown != Preferences::defaults());
    // The language is read once at start; say so only when the choice differs from the running one.
    m_ui->languageHint->setVisible(shown.language != m_startLanguage);
}

void PreferencesDialog::updateTerminalHint()
{
    // Say what "Open shell" will actually start, so a typo shows before it is needed.
    const QString setting = m_ui->terminalCommand->text().trimmed();
    QString text;
    bool problem = false;
    if (setting.isEmpty()) {
        const QString found = TerminalLauncher::autoDetected();
        problem = found.isEmpty();
        text = problem ? tr("No terminal emulator found: install one (e.g. xterm) or name one here.")
                       : tr("Detected: %1").arg(found);
    } else {
        const auto command = TerminalLauncher::commandForSetting(setting, {}, tr("<container> on <host>"));
        problem = !command.ok();
        if (problem) {
            text = command.errorMessage();
        } else {
            // Quoted for reading only, so the user sees how the words were split.
            QStringList words;
            for (const QString& w : *command)
                words.append(ShellQuote::quote(w));
            text = tr("Runs: %1 <command>").arg(words.join(QLatin1Char(' ')));
        }
    }
    m_ui->terminalHint->setText(text);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText,
        problem ? ThemeColors::text(ThemeColors::Role::Error, pal) : pal.color(QPalette::PlaceholderText));
    m_ui->terminalHint->setPalette(pal);
    fitTerminalHint();
}

void PreferencesDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    fitTerminalHint();
}

void PreferencesDialog::fitTerminalHint()
{
    // A wrapped label's height depends on its width, which the dialog's minimum size does not
    // account for: reserve what the text needs at the field column's width, so nothing is clipped.
    QLabel* hint = m_ui->terminalHint;
    const int lines = 2 * hint->fontMetrics().lineSpacing();
    const int needed = isVisible() ? hint->heightForWidth(m_ui->terminalCommand->width()) : 0;
    hint->setMinimumHeight(std::max(lines, needed));
}
