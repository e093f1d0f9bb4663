#include "widgets/shell/connectiondialog.h"
#include "widgets/common/themecolors.h"

#include "core/host/profiletarget.h"
#include "core/ssh/sshconfig.h"
#include "widgets/shell/environmentrulesdialog.h"
#include "widgets/shell/sessionprompts.h"

#include "ui_connectiondialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>

namespace {
// The default tester: a throw-away session that connects (answering prompts) and disconnects.
void testWithSsh(const HostProfile& profile, QObject* context, std::function<void(Result<QString>)> done)
{
    const Result<SshTarget> target = sshTargetFor(profile);
    if (!target) {
        done(target.error());
        return;
    }
    auto* session = new SshSession(context);
    auto* widget = qobject_cast<QWidget*>(context);
    SessionPrompts::attach(session, widget);
    auto finished = std::make_shared<bool>(false);
    QObject::connect(
        session, &SshSession::stateChanged, context, [session, done, finished, t = *target](SshSession::State s) {
            if (*finished)
                return;
            if (s == SshSession::State::Connected) {
                *finished = true;
                done(QObject::tr("Connected to %1.").arg(t.displayName()));
            } else if (s == SshSession::State::Disconnected || s == SshSession::State::Lost) {
                *finished = true;
                const QString why = session->lastError();
                done(Error::of(why.isEmpty() ? QObject::tr("The connection failed.") : why));
            } else {
                return;
            }
            session->disconnectFromHost();
            session->deleteLater();
        });
    session->connectToHost(*target);
}
} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore* store, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_store(store)
    , m_tester(testWithSsh)
    , m_sshConfigFile(SshConfig::defaultPath())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_ui->authCombo->addItem(tr("Automatic (agent, key files, password)"), authMethodName(AuthMethod::Automatic));
    m_ui->authCombo->addItem(tr("SSH agent only"), authMethodName(AuthMethod::Agent));
    m_ui->authCombo->addItem(tr("Key file"), authMethodName(AuthMethod::KeyFile));
    m_ui->authCombo->addItem(tr("Password"), authMethodName(AuthMethod::Password));
    m_ui->environmentCombo->addItem(QString(), QString()); // "Detected: …", filled by updateDetection()
    for (Environment e : { Environment::Prod, Environment::Stage, Environment::Other })
        m_ui->environmentCombo->addItem(environmentName(e), environmentName(e));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->profileList, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        if (m_loading || name.isEmpty())
            return;
        if (const auto p = m_store->find(name))
            showProfile(*p);
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ConnectionDialog::importSshConfig);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { (void)saveProfile(); });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->rulesButton, &QPushButton::clicked, this, [this] {
        EnvironmentRulesDialog dialog(m_store->environmentRules().rules(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (const auto rules = dialog.rules()) {
            m_store->setEnvironmentRules(*rules);
            updateDetection();
        }
    });
    connect(m_ui->browseButton, &QToolButton::clicked, this, [this] {
        const QString f
            = QFileDialog::getOpenFileName(this, tr("Private key"), QDir::home().filePath(QStringLiteral(".ssh")));
        if (!f.isEmpty())
            m_ui->identityEdit->setText(f);
    });
    for (QLineEdit* e : { m_ui->hostEdit, m_ui->userEdit, m_ui->identityEdit, m_ui->jumpEdit, m_ui->nameEdit })
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::updateDetection);
    connect(m_ui->aliasCombo, &QComboBox::currentTextChanged, this, &ConnectionDialog::updateDetection);
    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateDetection);
    connect(m_ui->readOnlyBox, &QCheckBox::toggled, this, &ConnectionDialog::updateDetection);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectionDialog::updateDetection);

    setSshConfigFile(m_sshConfigFile);
    loadProfiles();
    if (m_ui->profileList->count() == 0)
        newProfile();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setSshConfigFile(const QString& path)
{
    m_sshConfigFile = path;
    m_ui->importButton->setText(path == SshConfig::defaultPath() ? tr("&Import ~/.ssh/config")
                                                                 : tr("&Import %1").arg(QFileInfo(path).fileName()));
    m_ui->importButton->setToolTip(path);
    const QString current = m_ui->aliasCombo->currentText();
    m_ui->aliasCombo->clear();
    m_ui->aliasCombo->addItem(QString());
    if (const auto config = SshConfig::load(path))
        m_ui->aliasCombo->addItems(config->hostAliases());
    m_ui->aliasCombo->setCurrentText(current);
}

void ConnectionDialog::loadProfiles(const QString& select)
{
    m_loading = true;
    m_ui->profileList->clear();
    const auto profiles = m_store->profiles();
    for (const HostProfile& p : profiles) {
        auto* item = new QListWidgetItem(p.name, m_ui->profileList);
        item->setToolTip(environmentName(p.environment) + QStringLiteral(" · ") + p.destination());
    }
    m_loading = false;
    const QString target = select.isEmpty() ? profiles.value(0).name : select;
    if (!target.isEmpty())
        selectProfile(target);
}

void ConnectionDialog::selectProfile(const QString& name)
{
    const auto items = m_ui->profileList->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_ui->profileList->setCurrentItem(items.first());
    if (const auto p = m_store->find(name))
        showProfile(*p);
}

void ConnectionDialog::showProfile(const HostProfile& p)
{
    m_loading = true;
    m_editingName = p.name;
    m_ui->nameEdit->setText(p.name);
    m_ui->aliasCombo->setCurrentText(p.sshAlias);
    m_ui->hostEdit->setText(p.host);
    m_ui->userEdit->setText(p.user);
    m_ui->portSpin->setValue(p.port);
    m_ui->identityEdit->setText(p.identityFile);
    m_ui->jumpEdit->setText(p.proxyJump);
    m_ui->authCombo->setCurrentIndex(qMax(0, m_ui->authCombo->findData(authMethodName(p.auth))));
    m_ui->environmentCombo->setCurrentIndex(
        p.environmentFromRules ? 0 : qMax(0, m_ui->environmentCombo->findData(environmentName(p.environment))));
    m_ui->readOnlyBox->setChecked(p.readOnly);
    m_loading = false;
    setMessage({}, false);
    updateDetection();
}

HostProfile ConnectionDialog::profileFromForm() const
{
    HostProfile p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.sshAlias = m_ui->aliasCombo->currentText().trimmed();
    if (!p.sshAlias.isEmpty())
        p.sshConfigFile = m_sshConfigFile == SshConfig::defaultPath() ? QString() : m_sshConfigFile;
    p.host = m_ui->hostEdit->text().trimmed();
    p.user = m_ui->userEdit->text().trimmed();
    p.port = m_ui->portSpin->value();
    p.identityFile = m_ui->identityEdit->text().trimmed();
    p.proxyJump = m_ui->jumpEdit->text().trimmed();
    p.auth = authMethodFromName(m_ui->authCombo->currentData().toString());
    p.readOnly = m_ui->readOnlyBox->isChecked();
    const QString picked = m_ui->environmentCombo->currentData().toString();
    p.environmentFromRules = picked.isEmpty();
    p.environment
        = p.environmentFromRules ? detectEnvironment(p, m_store->environmentRules()) : environmentFromName(picked);
    return p;
}

void ConnectionDialog::updateDetection()
{
    if (m_loading)
        return;
    HostProfile p = profileFromForm();
    p.environmentFromRules = true;
    const Environment detected = detectEnvironment(p, m_store->environmentRules());
    m_ui->environmentCombo->setItemText(0, tr("Detected: %1").arg(environmentName(detected)));
    const HostProfile shown = profileFromForm();
    m_ui->banner->setTarget(
        shown.name.isEmpty() ? tr("(unnamed)") : shown.name, shown.destination(), shown.environment, shown.readOnly);
}

void ConnectionDialog::newProfile()
{
    HostProfile blank;
    showProfile(blank);
    m_editingName.clear();
    m_ui->profileList->clearSelection();
    m_ui->nameEdit->setFocus();
}

void ConnectionDialog::deleteProfile()
{
    if (m_editingName.isEmpty())
        return;
    m_store->remove(m_editingName);
    setMessage(tr("Deleted the profile \"%1\".").arg(m_editingName), false);
    m_editingName.clear();
    loadProfiles();
    if (m_ui->profileList->count() == 0)
        newProfile();
}

Result<void> ConnectionDialog::saveProfile()
{
    const HostProfile p = profileFromForm();
    const auto saved = m_store->save(p, m_editingName);
    if (!saved) {
        setMessage(saved.errorMessage(), true);
        return saved;
    }
    m_editingName = p.name;
    loadProfiles(p.name);
    setMessage(tr("Saved the profile \"%1\".").arg(p.name), false);
    return {};
}

int ConnectionDialog::importSshConfig()
{
    const auto config = SshConfig::load(m_sshConfigFile);
    if (!config) {
        setMessage(config.errorMessage(), true);
        return 0;
    }
    const EnvironmentRules rules = m_store->environmentRules();
    int added = 0;
    const QStringList aliases = config->hostAliases();
    for (const QString& alias : aliases) {
        if (m_store->find(alias))
            continue;
        HostProfile p
            = profileForAlias(alias, m_sshConfigFile == SshConfig::defaultPath() ? QString() : m_sshConfigFile);
        p.environment = detectEnvironment(p, rules);
        if (m_store->save(p))
            ++added;
    }
    loadProfiles(m_editingName);
    setMessage(tr("Imported %n host(s) from %1.", nullptr, added).arg(m_sshConfigFile), false);
    return added;
}

void ConnectionDialog::testConnection()
{
    const HostProfile p = profileFromForm();
    if (auto ok = ProfileStore::validate(p); !ok) {
        setMessage(ok.errorMessage(), true);
        return;
    }
    m_ui->testButton->setEnabled(false);
    setMessage(tr("Connecting to %1…").arg(p.destination()), false);
    QPointer<ConnectionDialog> self(this);
    m_tester(p, this, [self](Result<QString> result) {
        if (!self)
            return;
        self->m_ui->testButton->setEnabled(true);
        self->setMessage(result ? *result : result.errorMessage(), !result);
    });
}

void ConnectionDialog::accept()
{
    const HostProfile p = profileFromForm();
    const auto stored = m_store->find(m_editingName);
    // Connecting saves what the form shows, so the profile the window uses is the stored one.
    if (!stored || !(*stored == p)) {
        if (!saveProfile())
            return;
    }
    m_selected = p;
    QDialog::accept();
}

QString ConnectionDialog::message() const
{
    return m_ui->messageLabel->text();
}

void ConnectionDialog::setMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(
        error ? ThemeColors::textStyleSheet(ThemeColors::Role::Error, palette()) : QString());
}
