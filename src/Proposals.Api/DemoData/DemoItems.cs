using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
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
    DateTimeOffset RegisteredAt)
{
    public SubmitProposal Command(Guid sessionId) =>
        new(Guid.CreateVersion7(), sessionId, Title, Content, Category, Delegation, [], DisclosureConsent.Full, false);
}

/// <summary>Facts (names, numbers, titles, units) from the published pages; the body texts are our own summaries.</summary>
public static class DemoItems
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

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
        new DateTimeOffset(2023, 2, 20, 10, 0, 0, China),
        new DateTimeOffset(2023, 3, 10, 9, 0, 0, China));

    public static readonly DemoItem Tianjin = new(
        "tianjin", "天津市", Body.Cppcc, "市政协十五届二次会议", 4,
        [(Body.Npc, "市十八届人大二次会议")],
        [("tj-edu", "天津市教育委员会"), ("tj-hrss", "市人力社保局"), ("tj-miit", "市工业和信息化局")],
        new Actor("minjin-tianjin", "民进天津市委会", Role.Proposer),
        "关于创新机制促进职业教育高质量发展的提案",
        "建议创新产教融合的体制机制：完善职业教育的地方立法与政策支持，推动行业企业深度参与办学，" +
        "建设产教融合联合体和共同体，畅通技术技能人才的成长通道，促进职业教育高质量发展。",
        "教育", null, 447,
        new DateTimeOffset(2024, 1, 20, 10, 0, 0, China),
        new DateTimeOffset(2024, 2, 5, 9, 0, 0, China));

    public static readonly IReadOnlyList<DemoItem> All = [Jiangjin, Tianjin];
}
