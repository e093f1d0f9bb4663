#include "widgets/containers/textviewdialog.h"

#include "core/host/operation.h"

#include <QFontDatabase>
#include <QScrollBar>

#include "ui_textviewdialog.h"

TextViewDialog::TextViewDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TextViewDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

TextViewDialog::~TextViewDialog() = default;

void TextViewDialog::load(CommandRunner* runner, const RemoteCommand& command)
{
    setCommandLine(commandLineOf(command));
    m_ui->text->setPlainText(tr("Loading…"));
    m_query = std::make_unique<LatestQuery<QString>>(this, runner);
    m_query->run(
        command, [](const CommandResult& r) -> Result<QString> { return QString::fromUtf8(r.stdoutData); },
        [this](const Result<QString>& text) {
            if (text)
                setText(*text);
            else
                setError(text.errorMessage());
        });
}

void TextViewDialog::setCommandLine(const QString& line)
{
    m_ui->command->setText(QLatin1String("$ ") + line);
}

void TextViewDialog::setText(const QString& text)
{
    m_ui->text->setPlainText(text.isEmpty() ? tr("(no output)") : text);
    // Logs are read from the end.
    m_ui->text->verticalScrollBar()->setValue(m_ui->text->verticalScrollBar()->maximum());
}

void TextViewDialog::setError(const QString& message)
{
    m_ui->text->setPlainText(tr("The command failed:\n%1").arg(message.trimmed()));
}

QString TextViewDialog::text() const
{
    return m_ui->text->toPlainText();
}
