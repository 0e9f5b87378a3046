using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Wolverine.Http;
using Wolverine.Http.CodeGen;

namespace Proposals.Api.Infrastructure;

/// <summary>
/// A body of JSON <c>null</c> is valid JSON, so Wolverine hands the endpoint a null request. Every endpoint here
/// takes an object, so it is refused with a 400 problem before the endpoint runs, like any other unreadable body.
/// </summary>
public sealed class RequiredBody : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => c.HasRequestType && !c.RequestType!.IsValueType))
        {
            var check = new MethodCall(typeof(RequiredBody), typeof(RequiredBody).GetMethod(nameof(Check))!.MakeGenericMethod(chain.RequestType!))
            {
                CommentText = "A JSON null body is refused",
            };
            // First, ahead of the endpoints' own Validate methods, which take the request as given.
            chain.Middleware.Insert(0, check);
            chain.Middleware.Insert(1, new MaybeEndWithResultFrame(check.ReturnVariable!));
        }
    }

    public static IResult Check<T>(T? request) where T : class =>
        request is null
            ? Results.Problem(statusCode: 400, title: "Invalid JSON format", detail: "The request body must be a JSON object, not null.")
            : WolverineContinue.Result();
}
