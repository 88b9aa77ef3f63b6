using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Infrastructure.Search;

namespace ClaimTrack.Tests.Infrastructure.Search;

public sealed class SearchTermsTests
{
    [Fact]
    public void Unweighted_fields_are_read_in_the_documents_language_and_unaccented()
    {
        ClaimSearch.AllClaims.VectorOf("data").ShouldBe(
            "public.ct_search_vector(data #>> '{Language}', concat_ws(' ', data #>> '{Statement}', data #>> '{Context}', data #>> '{Claimant,Name}'))");
    }

    [Fact]
    public void Without_a_language_field_the_words_are_read_unstemmed()
    {
        new SearchTerms("t", "mt_doc_x", ["Statement"]).VectorOf("d").ShouldBe("public.ct_search_vector(null, concat_ws(' ', d #>> '{Statement}'))");
    }

    [Fact]
    public void A_typed_search_and_the_likeness_text_go_through_the_same_functions_as_the_stored_rows()
    {
        var terms = ClaimSearch.PublishedClaims;

        terms.FewMatchesSql.ShouldContain("terms @@ public.ct_search_query(?)");
        terms.RankedMatchesSql.ShouldContain("ts_rank(ranked.terms, public.ct_search_query(?))");
        terms.LikenessOf("$1").ShouldBe("lower(regexp_replace(public.ct_unaccent($1), '[^[:alnum:]]+', ' ', 'g'))");
        // The functions are part of the definition: changing them changes the version, which rebuilds existing tables.
        terms.CreateSql().ShouldContain(SearchLanguages.FunctionsSql("public"));
    }

    [Fact]
    public void Weighted_fields_are_grouped_by_weight_and_lists_read_every_item()
    {
        var terms = new SearchTerms("t", "mt_doc_x", ["C:Evidence[].Title", "A:Statement", "B:Claimant.Name", "B:Summary"]);

        terms.VectorOf("d").ShouldBe(
            "setweight(public.ct_search_vector(null, concat_ws(' ', d #>> '{Statement}')), 'A') || " +
            "setweight(public.ct_search_vector(null, concat_ws(' ', d #>> '{Claimant,Name}', d #>> '{Summary}')), 'B') || " +
            "setweight(public.ct_search_vector(null, concat_ws(' ', array_to_string(array(select jsonb_array_elements_text(jsonb_path_query_array(d, '$.Evidence[*].Title'))), ' '))), 'C')");
    }

    [Fact]
    public void The_readers_search_weighs_the_statement_first_and_reads_sources_and_reasoning()
    {
        var vector = ClaimSearch.PublishedClaims.VectorOf("data");

        // The statement and its approved translations' statements (Translations/) weigh most.
        vector.ShouldStartWith("setweight(public.ct_search_vector(data #>> '{Content,Language}', concat_ws(' ', data #>> '{Content,Statement}', " +
            "array_to_string(array(select jsonb_array_elements_text(jsonb_path_query_array(data, '$.Translations[*].Text.Statement'))), ' '))), 'A')");
        vector.ShouldContain("$.Translations[*].Text.Summary");
        vector.ShouldContain("$.Content.Evidence[*].Details.Title");
        vector.ShouldContain("data #>> '{Content,Verdict,Reasoning}'");
    }
}
