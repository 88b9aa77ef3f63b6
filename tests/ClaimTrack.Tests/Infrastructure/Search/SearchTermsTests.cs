using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Infrastructure.Search;

namespace ClaimTrack.Tests.Infrastructure.Search;

public sealed class SearchTermsTests
{
    [Fact]
    public void Unweighted_fields_keep_the_expression_existing_tables_were_built_with()
    {
        // The desk's table is not rebuilt at start-up because the reader's search learnt weights.
        ClaimSearch.AllClaims.VectorOf("data").ShouldBe(
            "to_tsvector('english', concat_ws(' ', data #>> '{Statement}', data #>> '{Context}', data #>> '{Claimant,Name}'))");
    }

    [Fact]
    public void Weighted_fields_are_grouped_by_weight_and_lists_read_every_item()
    {
        var terms = new SearchTerms("t", "mt_doc_x", ["C:Evidence[].Title", "A:Statement", "B:Claimant.Name", "B:Summary"]);

        terms.VectorOf("d").ShouldBe(
            "setweight(to_tsvector('english', concat_ws(' ', d #>> '{Statement}')), 'A') || " +
            "setweight(to_tsvector('english', concat_ws(' ', d #>> '{Claimant,Name}', d #>> '{Summary}')), 'B') || " +
            "setweight(to_tsvector('english', concat_ws(' ', array_to_string(array(select jsonb_array_elements_text(jsonb_path_query_array(d, '$.Evidence[*].Title'))), ' '))), 'C')");
    }

    [Fact]
    public void The_readers_search_weighs_the_statement_first_and_reads_sources_and_reasoning()
    {
        var vector = ClaimSearch.PublishedClaims.VectorOf("data");

        vector.ShouldStartWith("setweight(to_tsvector('english', concat_ws(' ', data #>> '{Content,Statement}')), 'A')");
        vector.ShouldContain("$.Content.Evidence[*].Details.Title");
        vector.ShouldContain("data #>> '{Content,Verdict,Reasoning}'");
    }
}
