using Marten.Schema;

namespace Proposals.Api.Reading;

public sealed partial record ProposalView
{
    /// <summary>
    /// Marten calls this when it maps the document. The work list filters and sorts on these members: real columns
    /// with b-tree indexes, not JSON paths. Every index starts with the jurisdiction, so a jurisdiction's list reads
    /// its own entries only (an index on the submission time alone walked every newer item of the others), and there
    /// is no index on a column alone where a composite starts with it: each index is one more write on every step.
    /// </summary>
    public static void ConfigureMarten(DocumentMapping<ProposalView> mapping)
    {
        mapping.StartIndexesByTenantId = true;
        // Columns without indexes of their own: Duplicate would add one on each, across jurisdictions.
        foreach (var member in new[] { nameof(SessionId), nameof(Status), nameof(SubmittedAt), nameof(DueOn), nameof(Number) })
            mapping.DuplicateField(member);

        // A session's inbox by status, newest first; the overdue list (status, due date); the three sorts.
        mapping.Index([p => p.SessionId, p => p.Status, p => p.SubmittedAt], index => index.Name = "mt_doc_proposalview_idx_session_status_submitted");
        mapping.Index([p => p.Status, p => p.DueOn!], index => index.Name = "mt_doc_proposalview_idx_status_due_on");
        mapping.Index(p => p.SubmittedAt, index => index.Name = "mt_doc_proposalview_idx_submitted_at");
        mapping.Index(p => p.DueOn!, index => index.Name = "mt_doc_proposalview_idx_due_on");
        mapping.Index(p => p.Number!, index => index.Name = "mt_doc_proposalview_idx_number");
    }
}
