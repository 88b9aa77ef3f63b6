namespace ClaimTrack.Web.Features.Claims.Ratings;

/// <summary>The scale a newsroom starts with, in the words our reporters use to explain a rating, in English and Spanish.</summary>
public static class DefaultRatings
{
    public static readonly IReadOnlyList<Rating> All =
    [
        new("true", "True", 5, "#1b7f3b", Definition:
            "The claim is accurate, and nothing significant is missing from it.",
            Translations: Spanish("Verdadero", "La afirmación es exacta y no le falta nada importante.")),
        new("mostly-true", "Mostly true", 4, "#4f8f2f", Definition:
            "The claim is accurate but needs clarification or leaves out a detail that matters.",
            Translations: Spanish("Mayormente verdadero", "La afirmación es exacta, pero necesita aclaración u omite un detalle que importa.")),
        new("half-true", "Half true", 3, "#b07d00", Definition:
            "The claim is partly accurate: it leaves out important details or takes facts out of context.",
            Translations: Spanish("Verdad a medias", "La afirmación es exacta solo en parte: omite detalles importantes o saca los hechos de contexto.")),
        new("mostly-false", "Mostly false", 2, "#c25400", Definition:
            "The claim has an element of truth but ignores facts that would give a different impression.",
            Translations: Spanish("Mayormente falso", "La afirmación tiene algo de cierto, pero ignora hechos que darían otra impresión.")),
        new("false", "False", 1, "#b3261e", Definition:
            "The claim is not accurate: the evidence contradicts it.",
            Translations: Spanish("Falso", "La afirmación no es exacta: las pruebas la contradicen.")),
        new("misleading", "Misleading", 2, "#8a3ffc", Definition:
            "The facts may be right, but they are presented in a way that leads to a wrong conclusion.",
            Translations: Spanish("Engañoso", "Los hechos pueden ser ciertos, pero se presentan de un modo que lleva a una conclusión equivocada.")),
        new("unproven", "Unproven", 3, "#5f6368", Definition:
            "The evidence available does not prove or disprove the claim; we say what would settle it.",
            Translations: Spanish("Sin pruebas", "Las pruebas disponibles no demuestran ni desmienten la afirmación; decimos qué lo resolvería.")),
    ];

    private static Dictionary<string, RatingWords> Spanish(string label, string definition) => new() { ["es"] = new(label, definition) };
}
