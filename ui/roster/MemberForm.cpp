#include "MemberForm.h"

#include "MemberLabels.h"
#include "roster/CodeTable.h"
#include "roster/IdNumber.h"
#include "roster/PhoneNumber.h"
#include "ui/common/CodeComboBox.h"
#include "ui/common/DateField.h"
#include "ui/common/RefusalLabel.h"
#include "ui/hierarchy/NodeChooser.h"
#include "ui/organisation/OrgComboBox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace redgrid::ui {

using roster::CodeTable;
using roster::FieldProblem;
using roster::Member;
using roster::MemberField;

namespace {

bool isMasked(const QString& text)
{
    return text.contains(QLatin1Char('*'));
}

QLineEdit* lineEdit(int maxLength)
{
    auto* edit = new QLineEdit;
    edit->setMaxLength(maxLength);
    return edit;
}

}  // namespace

MemberForm::MemberForm(storage::Connection& connection, QWidget* parent)
    : QWidget(parent)
    , m_db(connection)
    , m_name(lineEdit(40))
    , m_org(new OrgComboBox)
    , m_sex(new CodeComboBox(CodeTable::sex(), true))
    , m_ethnicity(new CodeComboBox(CodeTable::ethnicity(), true))
    , m_idNumber(lineEdit(24))
    , m_birthDate(new DateField)
    , m_nativePlace(lineEdit(60))
    , m_education(new CodeComboBox(CodeTable::education(), true))
    , m_degree(new CodeComboBox(CodeTable::degree(), true))
    , m_category(new CodeComboBox(CodeTable::memberCategory(), false))
    , m_joined(new DateField)
    , m_converted(new DateField)
    , m_extension(new QSpinBox)
    , m_standing(new QLabel)
    , m_status(new QLabel)
    , m_jobPost(new CodeComboBox(CodeTable::jobPost(), true))
    , m_workUnit(lineEdit(100))
    , m_workPost(lineEdit(60))
    , m_mobile(lineEdit(24))
    , m_landline(lineEdit(24))
    , m_address(lineEdit(200))
    , m_residence(new NodeChooser(connection, { hierarchy::NodeLevel::Building }, tr("Building Lived In")))
    , m_lostContact(new DateField)
    , m_lostReason(new CodeComboBox(CodeTable::lostContactReason(), true))
    , m_isMobile(new QCheckBox(tr("Works or lives away from home (流动党员)")))
    , m_destination(lineEdit(100))
    , m_dualNode(new NodeChooser(
          connection, { hierarchy::NodeLevel::Community }, tr("Community of the Dual Registration")))
    , m_dualOn(new DateField)
    , m_skills(lineEdit(200))
    , m_hardship(new QCheckBox(tr("In hardship (困难党员)")))
    , m_exempt(new QCheckBox(tr("Exempt from activities (old age or illness)")))
    , m_remarks(new QPlainTextEdit)
{
    m_idNumber->setToolTip(tr("Shown masked. Type the full 18-character number to change it."));
    m_mobile->setToolTip(tr("Shown masked. Type the full number to change it."));
    m_landline->setPlaceholderText(QStringLiteral("023-67891234"));
    m_extension->setRange(0, 12);
    m_extension->setSpecialValueText(tr("not extended"));
    m_extension->setSuffix(tr(" months"));
    m_lostContact->setMonthPrecision(true);
    m_skills->setPlaceholderText(tr("separated by 、 or commas"));
    m_remarks->setMaximumHeight(fontMetrics().lineSpacing() * 4);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    QFormLayout* person = group(tr("Person"), grid, 0, 0);
    addRow(person, tr("&Name:"), m_name, MemberField::Name);
    addRow(person, tr("&Sex:"), m_sex, MemberField::Sex);
    addRow(person, tr("&Ethnic group:"), m_ethnicity, MemberField::Ethnicity);
    addRow(person, tr("&ID number:"), m_idNumber, MemberField::IdNumber);
    addRow(person, tr("&Born:"), m_birthDate, MemberField::BirthDate);
    addRow(person, tr("Native place:"), m_nativePlace, std::nullopt);
    addRow(person, tr("Ed&ucation:"), m_education, MemberField::Education);
    addRow(person, tr("Degree:"), m_degree, MemberField::Degree);

    QFormLayout* party = group(tr("Party membership"), grid, 0, 1);
    addRow(party, tr("&Organisation:"), m_org, MemberField::Org);
    addRow(party, tr("&Category:"), m_category, MemberField::Category);
    addRow(party, tr("&Joined:"), m_joined, MemberField::JoinedOn);
    addRow(party, tr("Full member &since:"), m_converted, MemberField::ConvertedOn);
    addRow(party, tr("Probation extended:"), m_extension, MemberField::ProbationExtension);
    addRow(party, tr("Standing:"), m_standing, MemberField::Standing);
    addRow(party, tr("Status:"), m_status, std::nullopt);

    QFormLayout* work = group(tr("Work and contact"), grid, 1, 0);
    addRow(work, tr("Job &post:"), m_jobPost, MemberField::JobPost);
    addRow(work, tr("Work unit:"), m_workUnit, std::nullopt);
    addRow(work, tr("Position:"), m_workPost, std::nullopt);
    addRow(work, tr("&Mobile:"), m_mobile, MemberField::Mobile);
    addRow(work, tr("&Landline:"), m_landline, MemberField::Landline);
    addRow(work, tr("&Address:"), m_address, std::nullopt);
    addRow(work, tr("Building:"), m_residence, std::nullopt);

    QFormLayout* other = group(tr("Contact with the branch"), grid, 1, 1);
    addRow(other, tr("Lost contact since:"), m_lostContact, MemberField::LostContactOn);
    addRow(other, tr("Reason:"), m_lostReason, std::nullopt);
    addRow(other, QString(), m_isMobile, std::nullopt);
    addRow(other, tr("&Destination:"), m_destination, MemberField::MobileDestination);
    addRow(other, tr("Dual registration:"), m_dualNode, std::nullopt);
    addRow(other, tr("Registered on:"), m_dualOn, MemberField::DualRegisteredOn);
    addRow(other, tr("S&kills:"), m_skills, std::nullopt);
    addRow(other, QString(), m_hardship, std::nullopt);
    addRow(other, QString(), m_exempt, std::nullopt);

    auto* remarks = new QFormLayout;
    remarks->addRow(tr("&Remarks:"), m_remarks);
    grid->addLayout(remarks, 2, 0, 1, 2);

    for (QLineEdit* edit : { m_name, m_idNumber, m_nativePlace, m_workUnit, m_workPost, m_mobile, m_landline,
             m_address, m_destination, m_skills })
        connect(edit, &QLineEdit::textChanged, this, &MemberForm::onEdit);
    for (DateField* field : { m_birthDate, m_joined, m_converted, m_lostContact, m_dualOn })
        connect(field, &QLineEdit::textChanged, this, &MemberForm::onEdit);
    for (QComboBox* box : std::initializer_list<QComboBox*> {
             m_org, m_sex, m_ethnicity, m_education, m_degree, m_category, m_jobPost, m_lostReason })
        connect(box, &QComboBox::currentIndexChanged, this, &MemberForm::onEdit);
    for (QCheckBox* box : { m_isMobile, m_hardship, m_exempt })
        connect(box, &QCheckBox::toggled, this, &MemberForm::onEdit);
    connect(m_extension, &QSpinBox::valueChanged, this, &MemberForm::onEdit);
    connect(m_remarks, &QPlainTextEdit::textChanged, this, &MemberForm::onEdit);
    connect(m_residence, &NodeChooser::nodeChanged, this, &MemberForm::onEdit);
    connect(m_dualNode, &NodeChooser::nodeChanged, this, &MemberForm::onEdit);
    connect(m_idNumber, &QLineEdit::textEdited, this, &MemberForm::fromIdNumber);
}

QFormLayout* MemberForm::group(const QString& title, QLayout* into, int row, int column)
{
    auto* box = new QGroupBox(title);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    static_cast<QGridLayout*>(into)->addWidget(box, row, column);
    return form;
}

void MemberForm::addRow(
    QFormLayout* form, const QString& label, QWidget* field, std::optional<MemberField> about)
{
    if (label.isEmpty())
        form->addRow(field);
    else
        form->addRow(label, field);
    if (!about)
        return;
    auto* problem = new QLabel;
    problem->setWordWrap(true);
    form->addRow(QString(), problem);
    form->setRowVisible(problem, false);
    m_problemLabels[*about] = { form, problem };
}

QLabel* MemberForm::problemLabel(MemberField field) const
{
    const auto it = m_problemLabels.find(field);
    return it == m_problemLabels.end() ? nullptr : it->second.label;
}

void MemberForm::setOrganisations(const QList<organisation::PartyOrg>& orgs)
{
    m_filling = true;
    m_org->setOrgs(orgs, OrgComboBox::Choice::MemberHome, tr("(choose the branch)"));
    m_org->setOrgId(m_base.orgId);
    m_filling = false;
}

void MemberForm::setMember(const Member& member)
{
    m_fullNumbers.reset();
    m_base = member;
    fillWidgets(member);
    m_changed = false;
    showProblems();
}

void MemberForm::markSaved(const Member& member)
{
    setMember(member);
}

void MemberForm::takeEventChanges(const Member& member)
{
    m_filling = true;
    m_base.status = member.status;
    m_base.standing = member.standing;
    if (m_base.orgId != member.orgId) {
        m_base.orgId = member.orgId;
        m_org->setOrgId(member.orgId);
    }
    m_standing->setText(CodeTable::partyStanding().labelFor(member.standing));
    m_status->setText(MemberLabels::status(member.status));
    m_filling = false;
    showProblems();
}

void MemberForm::fillWidgets(const Member& m)
{
    m_filling = true;
    m_name->setText(m.name);
    if (!m_org->setOrgId(m.orgId))
        m_org->setCurrentIndex(0);
    m_sex->setCode(m.sex);
    m_ethnicity->setCode(m.ethnicity);
    m_idNumber->setText(m.idNumber);
    m_birthDate->setDate(m.birthDate);
    m_nativePlace->setText(m.nativePlace);
    m_education->setCode(m.education);
    m_degree->setCode(m.degree);
    m_category->setCode(m.category);
    m_joined->setDate(m.joinedOn);
    m_converted->setDate(m.convertedOn);
    m_extension->setValue(m.probationExtensionMonths);
    m_standing->setText(CodeTable::partyStanding().labelFor(m.standing));
    m_status->setText(MemberLabels::status(m.status));
    m_jobPost->setCode(m.jobPost);
    m_workUnit->setText(m.workUnit);
    m_workPost->setText(m.workPost);
    m_mobile->setText(m.mobile);
    m_landline->setText(m.landline);
    m_address->setText(m.address);
    m_residence->setNodeId(m.residenceNodeId);
    m_lostContact->setDate(m.lostContactOn);
    m_lostReason->setCode(m.lostContactReason);
    m_isMobile->setChecked(m.isMobile);
    m_destination->setText(m.mobileDestination);
    m_dualNode->setNodeId(m.dualNodeId);
    m_dualOn->setDate(m.dualRegisteredOn);
    m_skills->setText(m.skills.join(QChar(0x3001)));
    m_hardship->setChecked(m.hardship);
    m_exempt->setChecked(m.exempt);
    m_remarks->setPlainText(m.remarks);
    m_filling = false;
}

Member MemberForm::member() const
{
    Member m = m_base;
    m.name = m_name->text().trimmed();
    m.orgId = m_org->orgId();
    m.sex = m_sex->code();
    m.ethnicity = m_ethnicity->code();
    m.idNumber = m_idNumber->text().trimmed();
    if (const auto id = roster::IdNumber::check(m.idNumber); id.ok())
        m.idNumber = id.normalised;
    m.birthDate = m_birthDate->date();
    m.nativePlace = m_nativePlace->text().trimmed();
    m.education = m_education->code();
    m.degree = m_degree->code();
    m.category = m_category->code();
    m.joinedOn = m_joined->date();
    m.convertedOn = m_converted->date();
    m.probationExtensionMonths = m_extension->value();
    m.jobPost = m_jobPost->code();
    m.workUnit = m_workUnit->text().trimmed();
    m.workPost = m_workPost->text().trimmed();
    // Phones are stored normalised ("13812345678", "023-67891234").
    const auto phone = [](const QString& text) {
        const roster::PhoneCheck check = roster::PhoneNumber::check(text);
        return check.ok() ? check.normalised : text.trimmed();
    };
    m.mobile = m_mobile->text().trimmed().isEmpty() || isMasked(m_mobile->text()) ? m_mobile->text().trimmed()
                                                                                  : phone(m_mobile->text());
    m.landline = m_landline->text().trimmed().isEmpty() || isMasked(m_landline->text())
        ? m_landline->text().trimmed()
        : phone(m_landline->text());
    m.address = m_address->text().trimmed();
    m.residenceNodeId = m_residence->nodeId();
    m.lostContactOn = m_lostContact->date();
    m.lostContactReason = m.lostContactOn.isValid() ? m_lostReason->code() : QString();
    m.isMobile = m_isMobile->isChecked();
    m.mobileDestination = m_destination->text().trimmed();
    m.dualNodeId = m_dualNode->nodeId();
    m.dualRegisteredOn = m_dualOn->date();
    m.skills.clear();
    for (const QString& skill : m_skills->text().split(QRegularExpression(QStringLiteral("[、,，;；]"))))
        if (!skill.trimmed().isEmpty())
            m.skills.append(skill.trimmed());
    m.hardship = m_hardship->isChecked();
    m.exempt = m_exempt->isChecked();
    m.remarks = m_remarks->toPlainText().trimmed();
    return m;
}

QList<FieldProblem> MemberForm::problems() const
{
    const Member m = member();
    QList<FieldProblem> found = roster::MemberValidator::check(m);
    // Masked numbers left as they were: the store keeps the full ones, checked when entered.
    found.removeIf([&](const FieldProblem& p) {
        return (p.field == MemberField::IdNumber && isMasked(m.idNumber) && m.idNumber == m_base.idNumber)
            || (p.field == MemberField::Mobile && isMasked(m.mobile) && m.mobile == m_base.mobile)
            || (p.field == MemberField::Landline && isMasked(m.landline) && m.landline == m_base.landline);
    });
    const std::pair<const DateField*, MemberField> dates[] = {
        { m_birthDate, MemberField::BirthDate },
        { m_joined, MemberField::JoinedOn },
        { m_converted, MemberField::ConvertedOn },
        { m_lostContact, MemberField::LostContactOn },
        { m_dualOn, MemberField::DualRegisteredOn },
    };
    for (const auto& [field, about] : dates)
        if (!field->problem().isEmpty())
            found.prepend({ about, field->problem(), false });
    return found;
}

bool MemberForm::hasErrors() const
{
    return roster::MemberValidator::hasErrors(problems());
}

void MemberForm::showProblems()
{
    std::map<MemberField, QStringList> errors, warnings;
    for (const FieldProblem& problem : problems())
        (problem.warning ? warnings : errors)[problem.field].append(problem.message);
    for (const auto& [field, place] : m_problemLabels) {
        const bool error = errors.count(field) > 0;
        const QStringList& messages = error ? errors[field] : warnings[field];
        place.label->setText(messages.join(QLatin1Char('\n')));
        RefusalLabel::setTone(place.label, error ? RefusalLabel::Tone::Refusal : RefusalLabel::Tone::Warning);
        place.form->setRowVisible(place.label, !messages.isEmpty());
    }
}

void MemberForm::fromIdNumber()
{
    // A valid ID number gives the birth date and sex (GB 11643: digits 7-14 and the 17th).
    const roster::IdNumberCheck id = roster::IdNumber::check(m_idNumber->text());
    if (!id.ok())
        return;
    if (m_birthDate->isBlank())
        m_birthDate->setDate(id.birthDate);
    if (m_sex->code().isEmpty() && id.sex != 0)
        m_sex->setCode(QString::number(id.sex));
}

void MemberForm::showFullNumbers(const Member& plain)
{
    if (plain.id != m_base.id)
        return;
    if (!m_fullNumbers)
        m_fullNumbers = std::array<QString, 3> { m_base.idNumber, m_base.mobile, m_base.landline };
    m_shownFull = { plain.idNumber, plain.mobile, plain.landline };
    // The stored values become the unchanged state: saving leaves them as they are.
    m_filling = true;
    const std::array<QLineEdit*, 3> edits { m_idNumber, m_mobile, m_landline };
    const std::array<QString*, 3> base { &m_base.idNumber, &m_base.mobile, &m_base.landline };
    for (size_t i = 0; i < edits.size(); ++i) {
        if (edits[i]->text() == *base[i])  // not typed over
            edits[i]->setText(m_shownFull[i]);
        *base[i] = m_shownFull[i];
    }
    m_filling = false;
    showProblems();
}

void MemberForm::maskNumbers()
{
    if (!m_fullNumbers)
        return;
    m_filling = true;
    const std::array<QLineEdit*, 3> edits { m_idNumber, m_mobile, m_landline };
    const std::array<QString*, 3> base { &m_base.idNumber, &m_base.mobile, &m_base.landline };
    for (size_t i = 0; i < edits.size(); ++i) {
        if (edits[i]->text() == m_shownFull[i])
            edits[i]->setText((*m_fullNumbers)[i]);
        *base[i] = (*m_fullNumbers)[i];
    }
    m_filling = false;
    m_fullNumbers.reset();
    m_shownFull = {};
    showProblems();
}

void MemberForm::onEdit()
{
    if (m_filling)
        return;
    m_changed = true;
    showProblems();
    emit edited();
}

}  // namespace redgrid::ui
