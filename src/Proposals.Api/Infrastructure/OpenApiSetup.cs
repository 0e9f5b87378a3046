using Microsoft.OpenApi;

namespace Proposals.Api.Infrastructure;

public static class OpenApiSetup
{
    public static void AddProposalsOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(c =>
        {
            c.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Proposals API",
                Version = "v1",
                Description = "Deputies' suggestions and CPPCC members' proposals: submission, review, handling, replies, ratings and disclosure.",
            });
            c.AddSecurityDefinition("bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT with the claims sub, name, role, tenant (and unit for handlers). In Development, POST /api/dev/tokens issues one.",
            });
            c.AddSecurityRequirement(document => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
            c.SupportNonNullableReferenceTypes();
        });
    }
}
