namespace ClaimTrack.Web.Features.Public;

public static class ReaderRoutes
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// A reader's page or feed answers HEAD as well as GET: link checkers and feed readers ask for headers only
    /// (Kestrel sends the same headers and drops the body). <paramref name="reads"/> is what the handler reads from the
    /// query string: the output cache keys on that alone, so every route has to say.
    /// </summary>
    public static RouteHandlerBuilder MapReaderGet(this IEndpointRouteBuilder routes, string pattern, Delegate handler, ReaderQuery reads) =>
        routes.MapMethods(pattern, GetAndHead, handler).WithMetadata(reads);
}
