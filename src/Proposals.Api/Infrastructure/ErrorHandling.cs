using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Proposals.Api.Infrastructure;

/// <summary>Turns request errors raised by the server itself (a body too large, unreadable JSON) into RFC 7807 problems.</summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.Message),
            System.Text.Json.JsonException json => (400, $"The request body is not valid JSON for this endpoint: {json.Message}"),
            _ => (0, ""),
        };
        if (status == 0 || context.Response.HasStarted) return false;

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = detail },
        });
    }
}

/// <summary>Refuses bodies over the limit before anything reads them (Kestrel enforces it for chunked bodies too).</summary>
public sealed class RequestSizeLimit(RequestDelegate next)
{
    public const long MaxBodyBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await Results.Problem(statusCode: 413, title: "Payload too large", detail: $"A request body may have at most {MaxBodyBytes} bytes.")
                .ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        await next(context);
    }
}

/// <summary>
/// Refuses a query string holding U+0000 (<c>%00</c>), which PostgreSQL cannot take in a text parameter, with a 400
/// naming the parameter, before any endpoint turns it into a filter.
/// </summary>
public sealed class QueryWithoutNul(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true
            && context.Request.Query.FirstOrDefault(p => p.Value.Any(v => v?.Contains('\0') == true)).Key is { } name)
        {
            await Problems.Invalid(name, $"'{name}' may not contain the character U+0000.").ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
