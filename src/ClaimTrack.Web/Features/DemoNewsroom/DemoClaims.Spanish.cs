using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Registration;

namespace ClaimTrack.Web.Features.DemoNewsroom;

// Claims made in Spanish around the same election, checked and written in Spanish (language "es"). The names keep their
// accents ("Díaz"), so a reader searching without them shows whether search is accent-insensitive. The statements are
// the newsroom's summaries of what was said (not verbatim quotes), as the context of each says.
public static partial class DemoNewsroomScript
{
    private const string Spanish = "es";

    private static RegisterClaim SpanishRegistration(
        Guid claimId, string statement, string claimant, ClaimantKind kind, string affiliation, string outlet, string? url, DateOnly on,
        string context, params string[] topics) =>
        new(claimId, statement, false, claimant, kind, affiliation, outlet, url, on, context, topics, Spanish);

    private static DemoClaim DiazKilledForPolitics() => Claim(At(2015, 11, 26, 12),
        SpanishRegistration(new Guid("6a1e3cbc-8ef7-4198-b8df-4790e7406e09"),
            "Luis Manuel Díaz, dirigente de Acción Democrática, fue asesinado por motivos políticos durante un acto de campaña en Altagracia de Orituco.",
            "Mesa de la Unidad Democrática", ClaimantKind.Organisation, "Coalición de oposición",
            "Rueda de prensa de la MUD", null, new DateOnly(2015, 11, 26),
            "Resumen de lo que dirigentes de la coalición dijeron el día después del asesinato, en la campaña para el 6 de diciembre.",
            "Venezuela", "Elecciones", "Violencia política"),
        Evidence(At(2015, 11, 26, 13), new Guid("6a1d8021-44ca-4bda-8cfc-8dfb4590936a"), "Asesinato de un dirigente opositor en Guárico",
            EvidenceKind.NewsReport, "https://www.bbc.com/mundo", "BBC Mundo, 26 de noviembre de 2015", "BBC Mundo", new DateOnly(2015, 11, 26),
            "Luis Manuel Díaz, dirigente opositor, murió de un disparo durante un acto de campaña; la investigación seguía abierta.", Stance.Context),
        Propose(At(2015, 11, 27, 10), new Guid("1034ca53-f533-4990-8ae8-dfe38908db4f"), "unproven",
            "No hay pruebas públicas de quién disparó ni por qué: el móvil político es posible, pero no está demostrado.",
            Lines("El disparo ocurrió durante un acto de campaña, lo que hace verosímil un móvil político, y la coalición lo presentó así desde el primer día.",
                "Pero a la fecha de esta verificación la Fiscalía no había identificado a los autores ni el móvil. Calificamos la afirmación **sin pruebas** y la actualizaremos cuando la investigación avance.")),
        Approve(At(2015, 11, 27, 12), new Guid("1034ca53-f533-4990-8ae8-dfe38908db4f")),
        Publish(At(2015, 11, 27, 12, 5)));

    private static DemoClaim CabelloGangDispute() => Claim(At(2015, 11, 27, 9),
        SpanishRegistration(new Guid("b7c3af1e-9c1e-48d1-9692-8a35c201a112"),
            "Diosdado Cabello afirmó que el asesinato de Luis Manuel Díaz fue un ajuste de cuentas entre bandas y no un crimen político.",
            "Diosdado Cabello", ClaimantKind.Person, "Presidente de la Asamblea Nacional",
            "Con el Mazo Dando, Venezolana de Televisión", null, new DateOnly(2015, 11, 26),
            "Resumen de declaraciones en su programa de televisión, repetidas después por otros dirigentes del gobierno.",
            "Venezuela", "Elecciones", "Violencia política"),
        Evidence(At(2015, 11, 27, 9, 30), new Guid("df317ea6-a093-4d2a-b534-cbc0f84e6f31"), "La versión oficial sobre el asesinato en Altagracia de Orituco",
            EvidenceKind.NewsReport, "https://www.reuters.com/world/americas/", "Reuters, 27 de noviembre de 2015", "Reuters", new DateOnly(2015, 11, 27),
            "Funcionarios del gobierno vincularon a la víctima con una disputa entre bandas; la oposición lo negó y pidió una investigación independiente.", Stance.Context),
        Propose(At(2015, 11, 27, 16), new Guid("16932891-dc15-4fb6-926f-d0cd8b2b220c"), "unproven",
            "La hipótesis de una disputa entre bandas no estaba respaldada por pruebas publicadas cuando se afirmó.",
            Lines("Las dos versiones del asesinato, la política y la de un ajuste de cuentas, circularon antes de que la Fiscalía presentara resultados.",
                "Sin un informe de la investigación, ninguna de las dos puede darse por probada. Calificamos la afirmación de Cabello **sin pruebas**, igual que la contraria.")),
        Approve(At(2015, 11, 27, 18), new Guid("16932891-dc15-4fb6-926f-d0cd8b2b220c"), DemoStaff.SecondEditor),
        Publish(At(2015, 11, 27, 18, 5)));

    private static DemoClaim CneTurnout2015() => Claim(At(2015, 12, 7, 9),
        SpanishRegistration(new Guid("c970fc7d-9173-4488-a2de-badbb75ae503"),
            "La participación en las elecciones parlamentarias del 6 de diciembre superó el 74 %.",
            "Consejo Nacional Electoral (CNE)", ClaimantKind.Organisation, "Autoridad electoral de Venezuela",
            "Boletín del CNE", CneResults2015, new DateOnly(2015, 12, 7),
            "Lo anunció la presidenta del CNE, Tibisay Lucena, al dar los resultados de la noche electoral.",
            "Venezuela", "Elecciones", "Participación"),
        Evidence(At(2015, 12, 7, 9, 30), new Guid("4d3930c6-cfc5-4a2a-8c98-a3dec1a45028"), "Resultados de las elecciones parlamentarias de 2015",
            EvidenceKind.OfficialRecord, CneResults2015, "Consejo Nacional Electoral, divulgación de resultados, elecciones parlamentarias 2015",
            "Consejo Nacional Electoral", new DateOnly(2015, 12, 7),
            "Participación de algo más del 74 % del registro electoral.", Stance.Supports),
        Propose(At(2015, 12, 7, 11), new Guid("f50bdee4-a967-4473-9ef5-4386f18453df"), "true",
            "Según los resultados oficiales, votó algo más del 74 % del registro electoral.",
            "Los resultados que el CNE publicó la noche electoral dan una participación de algo más del 74 %: la cifra de la afirmación se sostiene."),
        Approve(At(2015, 12, 7, 13), new Guid("f50bdee4-a967-4473-9ef5-4386f18453df")),
        Publish(At(2015, 12, 7, 13, 5)));
}
