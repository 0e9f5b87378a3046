using JasperFx.Events;
using Proposals.Api.Disclosure;
using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.SearchBench;

/// <summary>
/// Published items made of policy phrases, each folded by the real <see cref="PublicReplyProjection"/>
/// from the events its life would have, so the documents are exactly what the API stores.
/// </summary>
public sealed class Corpus(int seed)
{
    private static readonly string[] Places =
    [
        "江津", "永川", "璧山", "合川", "綦江", "渝北", "巴南", "涪陵", "万州", "长寿", "南川", "大足", "铜梁", "潼南", "荣昌",
        "开州", "梁平", "武隆", "垫江", "忠县", "云阳", "奉节", "石柱", "秀山", "酉阳", "彭水", "和平", "河西", "南开", "河东",
        "红桥", "东丽", "西青", "津南", "北辰", "武清", "宝坻", "滨海新区", "宁河", "静海", "蓟州", "双桥", "白沙", "几江",
    ];

    private static readonly string[] Topics =
    [
        "职业教育", "产教融合", "乡村振兴", "养老服务", "基层医疗", "交通运输", "生态环境", "营商环境", "数字经济", "文化旅游",
        "社区治理", "食品安全", "住房保障", "就业创业", "科技创新", "农业农村", "城市更新", "公共安全", "学前教育", "义务教育",
        "高等教育", "全民健身", "水利建设", "能源保障", "物流枢纽", "对外开放", "普惠金融", "人才引进", "智慧城市", "垃圾分类",
        "老旧小区改造", "农村公路", "托育服务", "医疗保障", "中小企业融资", "非遗保护", "长江保护", "耕地保护", "应急管理", "消防安全",
        "新能源汽车", "电动自行车充电", "停车难", "学校周边交通", "农村饮水安全", "残疾人就业", "退役军人服务", "心理健康教育", "校外培训治理", "网络安全",
    ];

    private static readonly string[] Verbs =
    [
        "加强", "推进", "完善", "创新机制促进", "加快", "优化", "支持", "进一步做好", "提升", "建立健全", "规范", "深化", "统筹推进",
    ];

    private static readonly string[] Tails = ["", "工作", "体系建设", "高质量发展", "长效机制", "试点", "服务能力"];

    private static readonly string[] Asks =
    [
        "建议加大财政投入力度", "建议完善政策支持体系", "建议推动行业企业深度参与", "建议建设校企共享的实训基地", "建议优化专业设置",
        "建议建立部门联席会议制度", "建议加强督促检查", "建议畅通技术技能人才成长通道", "建议落实企业激励措施", "建议加强人才队伍建设",
        "建议推进信息共享", "建议简化审批流程", "建议加强宣传引导", "建议开展专项调研", "建议纳入年度民生实事",
    ];

    private static readonly string[] Answers =
    [
        "我委已会同有关部门认真研究", "建立校企合作联席机制", "建设公共实训基地", "完善政策支持体系", "加大财政投入力度",
        "推动行业企业深度参与办学", "畅通技术技能人才成长通道", "落实企业税费优惠政策", "优化专业结构布局", "健全工作协调机制",
        "开展专项督查", "加强统筹协调", "强化要素保障", "推进试点示范", "下一步将继续跟踪落实", "所提事项已经落实",
        "已列入年度工作计划", "因条件限制暂时不能解决", "已向代表作出解释说明", "会同人力社保部门研究", "制定配套政策文件",
        "提升公共服务水平", "推动数字化转型", "完善考核评价机制", "强化监督检查", "健全长效机制", "提高服务质量", "争取上级资金支持",
    ];

    private static readonly string[] Units =
    [
        "教委", "人力社保局", "经济信息委", "发展改革委", "财政局", "住房城乡建委", "交通局", "农业农村委", "卫生健康委", "民政局",
        "生态环境局", "文化旅游委", "商务委", "科技局", "城市管理局", "应急管理局", "市场监管局", "公安局", "水利局", "规划自然资源局",
    ];

    private readonly Random _random = new(seed);

    public IReadOnlyList<Guid> Sessions { get; } = Enumerable.Range(0, 14).Select(_ => Guid.NewGuid()).ToArray();

    public static IEnumerable<(string Id, string Name)> UnitNames => Units.Select((name, i) => ($"unit-{i}", "区" + name));

    public PublicReply Next(int number)
    {
        var place = Pick(Places);
        var topic = Pick(Topics);
        var title = $"关于{Pick(Verbs)}{place}{(_random.Next(2) == 0 ? "区" : "")}{topic}{Pick(Tails)}的{(number % 2 == 0 ? "建议" : "提案")}";
        var content = $"{place}{topic}方面存在短板。{string.Join("，", Several(Asks, 2, 4))}，同时统筹{Pick(Topics)}。";
        var units = Several(Enumerable.Range(0, Units.Length).Select(i => $"unit-{i}").ToArray(), 1, 3);
        var leads = units.Take(_random.Next(10) == 0 && units.Length > 1 ? 2 : 1).ToArray();
        var consent = _random.Next(10) == 0 ? DisclosureConsent.TitleOnly : DisclosureConsent.Full;
        var repliedOn = new DateOnly(2019, 1, 1).AddDays(_random.Next(7 * 365));
        var replies = leads.Select(unit => (unit, text: $"区{Units[int.Parse(unit[5..])]}关于{place}{topic}的答复：{string.Join("，", Several(Answers, 4, 9))}。"
                                                       + $"{Pick(Topics)}方面，{string.Join("，", Several(Answers, 2, 4))}。")).ToArray();
        var summary = _random.Next(10) == 0;
        return Fold(title, content, consent, number, leads, units.Except(leads).ToArray(), repliedOn, replies, summary);
    }

    /// <summary>Items like the two real ones (江津 No. 92, 天津 No. 0447), with texts of the same kind.</summary>
    public IEnumerable<PublicReply> DemoLike()
    {
        yield return Fold("关于加强江津区职业院校产教融合的建议",
            "建议围绕江津区“一区两园多点”的产业布局，推动职业院校与园区企业共建专业、共育人才：按产业需求调整专业设置，建设校企共享的实训基地，落实企业参与职业教育的激励措施。",
            DisclosureConsent.Full, 92, ["unit-0"], ["unit-2"], new DateOnly(2023, 9, 4),
            [("unit-0", "江津区教育委员会关于区十八届人大三次会议第92号建议的答复：我委已会同区经济信息委推动职业院校与园区企业共建专业和实训基地，建立校企合作联席机制，建议所提事项已经落实。")],
            false);
        yield return Fold("关于创新机制促进职业教育高质量发展的提案",
            "建议创新产教融合的体制机制：完善职业教育的地方立法与政策支持，推动行业企业深度参与办学，建设产教融合联合体和共同体，促进职业教育高质量发展。",
            DisclosureConsent.Full, 447, ["unit-0"], ["unit-1", "unit-2"], new DateOnly(2024, 4, 26),
            [("unit-0", "天津市教育委员会关于市政协十五届二次会议第0447号提案的办理答复：我市已出台职业教育产教融合促进条例等政策并建设产教融合联合体和共同体；下一步将制定条例的配套政策文件。")],
            false);
    }

    private PublicReply Fold(
        string title, string content, DisclosureConsent consent, int number, string[] leads, string[] coUnits, DateOnly repliedOn,
        (string Unit, string Text)[] replies, bool summary)
    {
        var id = Guid.NewGuid();
        var session = Sessions[_random.Next(Sessions.Count)];
        var by = new Actor("bench", "bench", Role.Coordinator);
        var at = ChinaTime.StartOf(repliedOn);
        var kind = number % 2 == 0 ? ProposalKind.Suggestion : ProposalKind.Proposal;
        List<object> events =
        [
            new ProposalSubmitted(id, session, kind, title, content, "教育", null, new Proposer($"p-{number}", $"代表{number % 997}"), [], consent, false, by, at.AddMonths(-6)),
            new ProposalRegistered(id, session, number, number.ToString(), by, at.AddMonths(-5)),
            new ProposalAssigned(id, leads, coUnits, repliedOn.AddMonths(-3), repliedOn, repliedOn.AddMonths(-2), null, by, at.AddMonths(-3)),
            .. replies.Select(r => new ReplyIssued(id, r.Unit, 1, "abcd"[_random.Next(4)].ToString(), r.Text, "局长",
                new ReplyDisclosure(summary ? DisclosureScope.Summary : DisclosureScope.Full, summary ? r.Text[..Math.Min(40, r.Text.Length)] : null, null),
                [], repliedOn, by, at)),
        ];

        var projection = new PublicReplyProjection();
        PublicReply? doc = null;
        foreach (var e in events) doc = projection.Evolve(doc, id, (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(e.GetType()), e)!);
        return doc ?? throw new InvalidOperationException("A generated item did not project to a public reply.");
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private T[] Several<T>(IReadOnlyList<T> items, int min, int max) =>
        items.OrderBy(_ => _random.Next()).Take(_random.Next(min, max + 1)).ToArray();
}
