using Proposals.Domain.Assignment;
using Proposals.Domain.Common;
using Proposals.Domain.Handling;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;
using Proposals.Domain.Ratings;
using Proposals.Domain.Replies;
using Proposals.Domain.Sessions;
using Proposals.Domain.Submission;

namespace Proposals.Api.DemoData;

public sealed record DemoItem(
    string Tenant,
    string TenantName,
    Body Body,
    string SessionName,
    int NumberDigits,
    (Body Body, string Name)[] OtherSessions,
    (string Id, string Name)[] Units,
    Actor Proposer,
    string Title,
    string Content,
    string Category,
    string? Delegation,
    int Number,
    DateTimeOffset SubmittedAt,
    DateTimeOffset RegisteredAt,
    Action<DemoDataSeeder.Story, IReadOnlySet<string>> Handling)
{
    public SubmitProposal Command(Guid sessionId) =>
        new(Guid.CreateVersion7(), sessionId, Title, Content, Category, Delegation, [], DisclosureConsent.Full, false);
}

/// <summary>
/// Facts (names, numbers, titles, units, reply dates, category A of No. 92) from the published pages;
/// the texts are our own summaries, the other dates illustrative, and No. 0447's category B our reading
/// of its "next steps".
/// </summary>
public static class DemoItems
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly HandlingPolicy Policy = HandlingPolicy.Default;

    private static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 10, 0, 0, China);

    private static Actor Office(string tenant) => new($"{tenant}-office", tenant == "jiangjin" ? "区人大代表工委" : "市政协提案委", Role.Coordinator);

    private static Actor Staff(string unit, string name) => new($"{unit}-staff", name, Role.Handler, unit);

    public static readonly DemoItem Jiangjin = new(
        "jiangjin", "重庆市江津区", Body.Npc, "区十八届人大三次会议", 0,
        [(Body.Cppcc, "区政协十五届三次会议")],
        [("jiangjin-edu", "区教委"), ("jiangjin-econ", "区经济信息委")],
        new Actor("chen-meizhi", "陈美志", Role.Proposer),
        "关于加强江津区职业院校产教融合的建议",
        "建议围绕江津区\"一区两园多点\"的产业布局，推动职业院校与园区企业共建专业、共育人才：" +
        "按产业需求调整专业设置，建设校企共享的实训基地，落实企业参与职业教育的激励措施，" +
        "让更多毕业生留在本地企业就业。",
        "教育", "第一代表团", 92,
        On(2023, 2, 20), On(2023, 3, 10),
        (story, units) =>
        {
            var education = Staff("jiangjin-edu", "区教委建议办理专员");
            var economy = Staff("jiangjin-econ", "区经济信息委建议办理专员");
            story
                .Then(p => Assign.Decide(p, new AssignProposal(["jiangjin-edu"], ["jiangjin-econ"], null, null), units, Policy, Office("jiangjin"), On(2023, 6, 15)))
                .Then(p => Acknowledge.Decide(p, education, On(2023, 6, 16)))
                .Then(p => Acknowledge.Decide(p, economy, On(2023, 6, 16)))
                .Then(p => GiveOpinion.Decide(p, "区经济信息委将引导园区重点企业参与共建实训基地，并提供用工需求信息。", economy, On(2023, 7, 20)))
                .Then(p => Contact.Decide(p, new RecordContact(new DateOnly(2023, 8, 20), ContactMethod.Meeting, "到代表所在单位当面沟通办理思路"), education, On(2023, 8, 20)))
                .Then(p => Reply.Decide(p, new IssueReply("a",
                    "江津区教育委员会关于区十八届人大三次会议第92号建议的答复：我委已会同区经济信息委推动职业院校与园区企业共建专业和实训基地，" +
                    "建立校企合作联席机制，建议所提事项已经落实。",
                    "区教委主任", DisclosureScope.Full, null, null, []), Policy, WorkingCalendar.WeekendsOnly, education, On(2023, 9, 4)))
                .Then(p => Rate.Decide(p, new RateReply(Satisfaction.Satisfied, Satisfaction.Satisfied, null), Policy, WorkingCalendar.WeekendsOnly, new Actor("chen-meizhi", "陈美志", Role.Proposer), On(2023, 9, 12)));
        });

    public static readonly DemoItem Tianjin = new(
        "tianjin", "天津市", Body.Cppcc, "市政协十五届二次会议", 4,
        [(Body.Npc, "市十八届人大二次会议")],
        [("tj-edu", "天津市教育委员会"), ("tj-hrss", "市人力社保局"), ("tj-miit", "市工业和信息化局")],
        new Actor("minjin-tianjin", "民进天津市委会", Role.Proposer),
        "关于创新机制促进职业教育高质量发展的提案",
        "建议创新产教融合的体制机制：完善职业教育的地方立法与政策支持，推动行业企业深度参与办学，" +
        "建设产教融合联合体和共同体，畅通技术技能人才的成长通道，促进职业教育高质量发展。",
        "教育", null, 447,
        On(2024, 1, 20), On(2024, 2, 5),
        (story, units) =>
        {
            var education = Staff("tj-edu", "市教委提案办理专员");
            story
                .Then(p => Assign.Decide(p, new AssignProposal(["tj-edu"], ["tj-hrss", "tj-miit"], null, null), units, Policy, Office("tianjin"), On(2024, 2, 20)))
                .Then(p => Acknowledge.Decide(p, education, On(2024, 2, 21)))
                .Then(p => GiveOpinion.Decide(p, "市人力社保局：介绍技工院校校企合作与职业技能培训补贴政策。", Staff("tj-hrss", "市人力社保局提案办理专员"), On(2024, 3, 20)))
                .Then(p => GiveOpinion.Decide(p, "市工业和信息化局：介绍重点产业链与职业院校专业对接情况。", Staff("tj-miit", "市工业和信息化局提案办理专员"), On(2024, 3, 22)))
                .Then(p => Contact.Decide(p, new RecordContact(new DateOnly(2024, 4, 10), ContactMethod.Phone, "与民进天津市委会电话沟通答复要点"), education, On(2024, 4, 10)))
                .Then(p => Reply.Decide(p, new IssueReply("b",
                    "天津市教育委员会关于市政协十五届二次会议第0447号提案的办理答复：经会同市人力社保局、市工业和信息化局研究，" +
                    "我市已出台职业教育产教融合促进条例等政策并建设产教融合联合体和共同体；下一步将制定条例的配套政策文件。",
                    "天津市教育委员会", DisclosureScope.Full, null, null,
                    [new Commitment("会同有关部门制定职业教育产教融合促进条例的配套政策文件", new DateOnly(2024, 12, 31))]), Policy, WorkingCalendar.WeekendsOnly, education, On(2024, 4, 26)));
        });

    public static readonly IReadOnlyList<DemoItem> All = [Jiangjin, Tianjin];
}
