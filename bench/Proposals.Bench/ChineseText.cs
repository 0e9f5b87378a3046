using System.Text;

namespace Proposals.Bench;

/// <summary>Chinese text of a given size, assembled from phrases of the domain.</summary>
public static class ChineseText
{
    private static readonly string[] Phrases =
    [
        "建议加强职业院校与园区企业的合作，", "推动产教融合和校企共建实训基地，", "完善农村道路养护的长效机制，",
        "提高基层医疗卫生服务能力，", "加快老旧小区改造和加装电梯，", "优化营商环境并减轻中小企业负担，",
        "加强生态环境保护和河道治理，", "发展普惠托育服务体系，", "推进职业教育高质量发展，",
        "落实企业参与职业教育的激励措施，", "扩大公共文化服务供给，", "建立健全应急管理体系。",
    ];

    public static string OfBytes(int bytes, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(text.ToString()) < bytes) text.Append(Phrases[random.Next(Phrases.Length)]);
        return text.ToString();
    }

    public static string Title(int seed) => $"关于{Phrases[seed % Phrases.Length].TrimEnd('，', '。')}的建议（{seed}）";
}
