using Marten;
using Microsoft.Extensions.DependencyInjection;
using Proposals.Api.Reading;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Platform;

public sealed class SessionIdentityMapTests(AppFixture fixture) : ApiTest(fixture)
{
    // ProposalSteps relies on it: the read model a step loads is the one its inline projection updates.
    [Fact]
    public async Task the_apis_sessions_keep_the_documents_they_hold_in_an_identity_map()
    {
        await using var session = Host.Services.GetRequiredService<ISessionFactory>().OpenSession();
        var view = new ProposalView { Id = Guid.CreateVersion7() };
        session.Store(view);

        Assert.Same(view, await session.LoadAsync<ProposalView>(view.Id));
    }
}
