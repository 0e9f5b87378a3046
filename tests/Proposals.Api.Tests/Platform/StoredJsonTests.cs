using Marten;
using Microsoft.Extensions.DependencyInjection;
using Proposals.Api.Tests.Support;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Tests.Platform;

public sealed class StoredJsonTests(AppFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public void the_store_writes_chinese_as_itself_not_as_escapes()
    {
        var json = Host.Services.GetRequiredService<IDocumentStore>().Options.Serializer()
            .ToJson(new ProposerContacted(Guid.Empty, "jiangjin-edu", new DateOnly(2024, 4, 10), ContactMethod.Phone, "电话沟通", new("staff", "承办人", Domain.Common.Role.Handler), DateTimeOffset.UnixEpoch));

        Assert.Contains("\"电话沟通\"", json);
        Assert.DoesNotContain("\\u", json);
    }
}
