// The demo company's people: 60 employees in 9 departments with positions, managers, contracts
// (a few ending within the next weeks), valid ID numbers and realistic Shanghai contribution
// bases. Deterministic: the same store for the same business date.
#include "common/idnumber.h"
#include "server/modules/hr/employeerepository.h"
#include "server/modules/hr/hrmodule.h"
#include "server/modules/hr/orgrepository.h"
#include "server/platform/businessdate.h"
#include "server/rpc/callcontext.h"

#include <QHash>
#include <QJsonArray>

namespace Erp::Server::Hr {

namespace {

struct DemoDepartment
{
    const char* code;
    const char* name;
    const char* parent; ///< code, "" for the top
};

const DemoDepartment kDepartments[] = {
    {"D001", "总经办", ""},         {"D002", "销售部", "D001"}, {"D003", "华东大区", "D002"},
    {"D004", "市场部", "D001"},     {"D005", "财务部", "D001"}, {"D006", "人力资源部", "D001"},
    {"D007", "仓储物流部", "D001"}, {"D008", "采购部", "D001"}, {"D009", "信息技术部", "D001"},
};

/// A group of employees: department, position, headcount planned, how many are hired, the
/// monthly contribution base of the group (yuan), a demo login for the first of them, and
/// whether they are the department's head (else they report to it).
struct DemoGroup
{
    const char* department;
    const char* position;
    int headcount;
    int hired;
    int base;
    const char* login;
    bool head;
};

const DemoGroup kGroups[] = {
    {"D001", "总经理", 1, 1, 36000, "", true},
    {"D001", "总经理助理", 1, 1, 12000, "", false},
    {"D002", "销售总监", 1, 1, 30000, "wang.fang", true},
    {"D002", "销售经理", 2, 2, 18000, "", false},
    {"D002", "销售代表", 12, 10, 9000, "li.na", false},
    {"D003", "区域经理", 1, 1, 20000, "", true},
    {"D003", "销售代表", 6, 5, 8500, "zhang.wei", false},
    {"D004", "市场经理", 1, 1, 18000, "", true},
    {"D004", "市场专员", 4, 4, 8000, "", false},
    {"D005", "财务经理", 1, 1, 22000, "liu.yang", true},
    {"D005", "会计", 3, 3, 10000, "", false},
    {"D005", "出纳", 1, 1, 7500, "", false},
    {"D006", "人力资源经理", 1, 1, 20000, "zhao.min", true},
    {"D006", "人事专员", 3, 3, 8000, "", false},
    {"D007", "仓储经理", 1, 1, 16000, "chen.jie", true},
    {"D007", "仓管员", 8, 8, 7310, "", false},
    {"D007", "物流专员", 3, 2, 7800, "", false},
    {"D008", "采购经理", 1, 1, 18000, "emily.clark", true},
    {"D008", "采购员", 4, 4, 9000, "", false},
    {"D009", "IT经理", 1, 1, 26000, "", true},
    {"D009", "软件工程师", 6, 6, 20000, "", false},
    {"D009", "运维工程师", 2, 2, 14000, "", false},
};

const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "周", "吴", "徐",
                                 "孙", "朱", "马", "胡", "郭", "林", "何", "高", "罗", "郑"};
const char* const kMale[] = {"建国", "强", "磊", "军",   "勇",   "涛",   "明",   "超", "刚", "浩",
                             "宇",   "鹏", "辉", "思远", "国强", "志伟", "俊杰", "晨", "斌", "凯"};
const char* const kFemale[] = {"静",   "丽",   "艳",   "娟",   "秀英", "霞", "婷",
                               "欣怡", "雪",   "琳",   "海燕", "丹",   "玲", "慧",
                               "梦瑶", "佳怡", "晓燕", "颖",   "倩",   "萍"};
const char* const kRegions[] = {"310101", "310104", "310115", "110105", "320102",
                                "330106", "340104", "420106", "510107", "370202"};
const char* const kBanks[] = {"中国工商银行上海分行", "招商银行上海分行", "中国建设银行上海分行"};

/// The demo users have names of their own.
struct DemoPerson
{
    const char* login;
    const char* name;
    const char* gender;
};
const DemoPerson kLogins[] = {
    {"wang.fang", "王芳", "female"},
    {"li.na", "李娜", "female"},
    {"zhang.wei", "张伟", "male"},
    {"liu.yang", "刘洋", "male"},
    {"zhao.min", "赵敏", "female"},
    {"chen.jie", "陈杰", "male"},
    {"emily.clark", "Emily Clark", "female"},
};

/// A valid ID number for a birth date and gender (sequence from `n`).
QString idNumberFor(int n, const QDate& born, bool male)
{
    int sequence = (n * 37) % 998 + 1; // 1..998; the last digit odd for men
    if ((sequence % 2 == 1) != male)
        ++sequence;
    const QString first17 = QLatin1String(kRegions[n % 10]) +
                            born.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

} // namespace

void HrModule::loadDemo(Rpc::CallContext& ctx)
{
    OrgRepository org(ctx.db);
    EmployeeRepository repo(ctx.db);
    const QDate today = Platform::businessDate();

    QHash<QString, qint64> departments; // code -> id
    for (const DemoDepartment& d : kDepartments) {
        QJsonObject fields{{QStringLiteral("code"), QLatin1String(d.code)},
                           {QStringLiteral("name"), QString::fromUtf8(d.name)}};
        if (*d.parent)
            fields.insert(QStringLiteral("parent_id"), departments.value(QLatin1String(d.parent)));
        departments.insert(
            QLatin1String(d.code),
            m_org.createDepartment(ctx, fields).value(QLatin1String("id")).toInteger());
    }

    QHash<QString, qint64> heads; // department code -> the head employee
    int n = 0;
    for (const DemoGroup& g : kGroups) {
        const qint64 department = departments.value(QLatin1String(g.department));
        const qint64 position =
            m_org
                .createPosition(ctx, {{QStringLiteral("title"), QString::fromUtf8(g.position)},
                                      {QStringLiteral("department_id"), department},
                                      {QStringLiteral("headcount"), g.headcount}})
                .value(QLatin1String("id"))
                .toInteger();
        for (int i = 0; i < g.hired; ++i, ++n) {
            Employee e;
            const bool male = (n * 7) % 3 != 0;
            e.name = QString::fromUtf8(kSurnames[(n * 7) % 20]) +
                     QString::fromUtf8(male ? kMale[(n * 3 + n / 20) % 20]
                                            : kFemale[(n * 3 + n / 20) % 20]);
            e.gender = male ? QStringLiteral("male") : QStringLiteral("female");
            if (i == 0 && *g.login) {
                for (const DemoPerson& p : kLogins)
                    if (qstrcmp(p.login, g.login) == 0) {
                        e.name = QString::fromUtf8(p.name);
                        e.gender = QLatin1String(p.gender);
                    }
                e.userId = repo.userIdByName(QLatin1String(g.login));
            }
            const QDate born(1968 + (n * 13) % 32, 1 + (n * 5) % 12, 1 + (n * 11) % 28);
            e.idNumber = idNumberFor(n, born, e.gender == QLatin1String("male"));
            e.phone = QStringLiteral("13%1").arg(800000000 + n * 7919, 9, 10, QLatin1Char('0'));
            e.email = QStringLiteral("e%1@example.cn").arg(n + 1, 3, 10, QLatin1Char('0'));
            e.address = QStringLiteral("上海市浦东新区张江路%1号").arg(100 + n * 3);
            e.emergencyContact = QString::fromUtf8(kSurnames[(n * 3 + 5) % 20]) +
                                 QString::fromUtf8(kFemale[(n * 7 + 1) % 20]);
            e.emergencyPhone = QStringLiteral("139%1").arg(10000000 + n * 104729 % 89999999, 8, 10,
                                                           QLatin1Char('0'));
            // Heads were hired years ago, staff over the last six years; four fixed-term
            // contracts end within the next weeks (the expiry list has content).
            QDate hired = today.addDays(-(g.head ? 2200 + n * 31 : 60 + (n * 97) % 2100));
            if (n % 15 == 4)
                hired = today.addDays(10 + n).addYears(-3).addDays(1);
            e.hireDate = hired.toString(Qt::ISODate);
            e.departmentId = department;
            e.positionId = position;
            e.managerId = g.head ? heads.value(QStringLiteral("D001"))
                                 : heads.value(QLatin1String(g.department));
            if (g.head && qstrcmp(g.department, "D003") == 0)
                e.managerId = heads.value(QStringLiteral("D002")); // the region under sales
            e.employmentType = n % 19 == 7    ? QStringLiteral("intern")
                               : n % 23 == 11 ? QStringLiteral("part_time")
                                              : QStringLiteral("full_time");
            if (n % 17 == 9)
                e.status = QStringLiteral("on_leave");
            e.bankName = QString::fromUtf8(kBanks[n % 3]);
            e.bankAccount = QStringLiteral("6222%1").arg(qint64(100000000000LL) + n * 7777777LL);
            e.socialInsuranceCity = QStringLiteral("上海");
            e.contributionBase = qint64(g.base + (i * 500)) * 100;
            e.housingFundRate = g.head ? 1200 : 700;
            e.deductions.children = n % 4 == 1 ? 1 : (n % 9 == 2 ? 2 : 0);
            e.deductions.infants = n % 11 == 3 ? 1 : 0;
            e.deductions.continuingEducation =
                n % 13 == 5 ? QStringLiteral("degree") : QStringLiteral("none");
            e.deductions.housing = n % 5 == 0   ? QStringLiteral("loan")
                                   : n % 5 == 2 ? QStringLiteral("rent_tier1")
                                                : QStringLiteral("none");
            e.deductions.elderlyOnlyChild = n % 6 == 0;
            e.deductions.elderlyShare = n % 6 == 0 ? 300000 : (n % 6 == 3 ? 150000 : 0);
            // Three-year contracts from the hire date, renewed while they ran out; after two
            // fixed terms the law gives an open-ended one.
            QDate start = hired;
            for (int term = 0; term < 3; ++term) {
                Contract c;
                c.startDate = start.toString(Qt::ISODate);
                c.renewal = term > 0;
                if (term == 0)
                    c.probationEnd =
                        start.addMonths(e.employmentType == QLatin1String("intern") ? 1 : 3)
                            .addDays(-1)
                            .toString(Qt::ISODate);
                const QDate end = start.addYears(3).addDays(-1);
                if (term < 2)
                    c.endDate = end.toString(Qt::ISODate);
                e.contracts.append(c);
                if (term == 2 || end >= today)
                    break;
                start = end.addDays(1);
            }
            const Employee stored = m_employees.insertChecked(ctx, repo, e);
            if (g.head && i == 0)
                heads.insert(QLatin1String(g.department), stored.id);
        }
    }
    // The heads manage their departments.
    for (const DemoDepartment& dd : kDepartments) {
        const qint64 id = departments.value(QLatin1String(dd.code));
        const QJsonObject d = m_org.department(ctx, id);
        m_org.updateDepartment(
            ctx, id, d.value(QLatin1String("version")).toInteger(),
            {{QStringLiteral("manager_id"), heads.value(QLatin1String(dd.code))}});
    }
}

} // namespace Erp::Server::Hr
