#include "widgets/dns/recorddialog.h"
#include "widgets/common/themecolors.h"

#include "core/dns/rdatachecker.h"
#include "core/dns/recordform.h"
#include "ui_recorddialog.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace {
QString fieldLabel(const QString& key)
{
    // The keys of RecordForm::fieldNames, translated here where a person reads them.
    static const char* const labels[][2] = {
        { "IPv4 address", QT_TRANSLATE_NOOP("RecordDialog", "IPv4 address:") },
        { "IPv6 address", QT_TRANSLATE_NOOP("RecordDialog", "IPv6 address:") },
        { "Alias of", QT_TRANSLATE_NOOP("RecordDialog", "Alias of:") },
        { "Name server", QT_TRANSLATE_NOOP("RecordDialog", "Name server:") },
        { "Host name", QT_TRANSLATE_NOOP("RecordDialog", "Host name:") },
        { "Preference", QT_TRANSLATE_NOOP("RecordDialog", "Preference:") },
        { "Mail server", QT_TRANSLATE_NOOP("RecordDialog", "Mail server:") },
        { "Text", QT_TRANSLATE_NOOP("RecordDialog", "Text:") },
        { "Priority", QT_TRANSLATE_NOOP("RecordDialog", "Priority:") },
        { "Weight", QT_TRANSLATE_NOOP("RecordDialog", "Weight:") },
        { "Port", QT_TRANSLATE_NOOP("RecordDialog", "Port:") },
        { "Target", QT_TRANSLATE_NOOP("RecordDialog", "Target:") },
        { "Flags", QT_TRANSLATE_NOOP("RecordDialog", "Flags:") },
        { "Tag", QT_TRANSLATE_NOOP("RecordDialog", "Tag:") },
        { "Value", QT_TRANSLATE_NOOP("RecordDialog", "Value:") },
    };
    for (const auto& l : labels) {
        if (key == QLatin1String(l[0]))
            return QCoreApplication::translate("RecordDialog", l[1]);
    }
    return key;
}
} // namespace

RecordDialog::RecordDialog(const QString& zone, quint32 defaultTtl, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecordDialog>())
    , m_zone(zone)
    , m_defaultTtl(defaultTtl)
{
    m_ui->setupUi(this);
    m_ui->type->addItems(RecordForm::fieldTypes());
    for (const char* t : { "DNAME", "HTTPS", "SVCB", "SSHFP", "TLSA", "DS", "HINFO", "SPF" })
        m_ui->type->addItem(QString::fromLatin1(t));
    m_ui->ttl->setPlaceholderText(tr("the zone's default (%1)").arg(defaultTtl));
    connect(m_ui->name, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
    connect(m_ui->ttl, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
    connect(m_ui->type, &QComboBox::currentTextChanged, this, [this](const QString& t) {
        const QString type = t.trimmed().toUpper();
        if (type == m_type)
            return;
        // Keep what was typed when the new type has the same number of fields.
        const QStringList values = fieldValues();
        m_type = type;
        rebuildFields(values.size() == RecordForm::fieldNames(type).size() ? values : QStringList());
    });
    m_type = m_ui->type->currentText();
    rebuildFields({});
    setWindowTitle(tr("Record in %1").arg(zone));
}

RecordDialog::~RecordDialog() = default;

QLineEdit* RecordDialog::nameEdit() const
{
    return m_ui->name;
}

QLineEdit* RecordDialog::ttlEdit() const
{
    return m_ui->ttl;
}

void RecordDialog::setType(const QString& type)
{
    m_ui->type->setCurrentText(type);
}

void RecordDialog::setRecord(const ZoneDocument::Record& r)
{
    m_ui->name->setText(r.owner);
    m_ui->ttl->setText(r.ttlExplicit ? QString::number(r.ttl) : QString());
    m_type = r.type.toUpper();
    {
        const QSignalBlocker block(m_ui->type);
        m_ui->type->setCurrentText(m_type);
    }
    rebuildFields(RecordForm::split(m_type, r.data));
}

ZoneDocument::Record RecordDialog::record() const
{
    ZoneDocument::Record r;
    r.owner = m_ui->name->text().trimmed();
    uint64_t ttl = 0;
    const QByteArray ttlText = m_ui->ttl->text().trimmed().toUtf8();
    r.ttlExplicit = !ttlText.isEmpty()
        && RdataChecker::parseTtl(std::string_view(ttlText.constData(), size_t(ttlText.size())), ttl);
    r.ttl = r.ttlExplicit ? quint32(ttl) : m_defaultTtl;
    r.type = m_type;
    r.data = RecordForm::compose(m_type, fieldValues());
    return r;
}

void RecordDialog::rebuildFields(const QStringList& values)
{
    QFormLayout* form = m_ui->fields;
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_editors.clear();
    QStringList names = RecordForm::fieldNames(m_type);
    const bool free = names.isEmpty();
    if (free)
        names = { QStringLiteral("Data") };
    for (int i = 0; i < names.size(); ++i) {
        QWidget* editor = nullptr;
        const QString value = values.value(i);
        if (m_type == QLatin1String("TXT")) {
            auto* text = new QPlainTextEdit(value, m_ui->fieldsBox);
            text->setTabChangesFocus(true);
            connect(text, &QPlainTextEdit::textChanged, this, &RecordDialog::revalidate);
            editor = text;
        } else {
            auto* line = new QLineEdit(value, m_ui->fieldsBox);
            connect(line, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
            editor = line;
        }
        editor->setObjectName(QStringLiteral("field%1").arg(i));
        form->addRow(free ? tr("Data:") : fieldLabel(names.at(i)), editor);
        m_editors.append(editor);
    }
    revalidate();
}

QStringList RecordDialog::fieldValues() const
{
    QStringList out;
    for (QWidget* w : m_editors) {
        if (auto* line = qobject_cast<QLineEdit*>(w))
            out.append(line->text());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
            out.append(text->toPlainText());
    }
    return out;
}

void RecordDialog::revalidate()
{
    const ZoneDocument::Record r = record();
    m_problem.clear();
    const QString ttlText = m_ui->ttl->text().trimmed();
    if (!ttlText.isEmpty() && !r.ttlExplicit)
        m_problem = tr("\"%1\" is not a TTL (seconds, or units such as 1h, 30m, 1d).").arg(ttlText);
    else if (m_type.isEmpty())
        m_problem = tr("Choose a record type.");
    else
        m_problem = RecordForm::check(m_zone, r);
    m_ui->problem->setText(m_problem);
    m_ui->problem->setStyleSheet(
        m_problem.isEmpty() ? QString() : ThemeColors::textStyleSheet(ThemeColors::Role::Error, palette()));
    m_ui->preview->setText(m_problem.isEmpty()
            ? tr("Will be written as: %1 %2%3 %4")
                  .arg(r.owner, r.ttlExplicit ? QString::number(r.ttl) + u' ' : QString(), r.type, r.data)
            : QString());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}
