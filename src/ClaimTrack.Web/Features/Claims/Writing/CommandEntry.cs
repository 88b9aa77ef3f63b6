using ClaimTrack.Web.Features.Claims.Ratings;

namespace ClaimTrack.Web.Features.Claims.Writing;

/// <summary>What a decision may read besides the claim and the command.</summary>
public sealed record DecisionInputs(RatingScale Scale, NewsroomOptions Newsroom, Actor By, DateTimeOffset Now);

/// <summary>The words the history and the conflict notice use for one event ("Rosa Díaz attached evidence ...").
/// A formattable string, not a string: whoever shows the words formats their times in the newsroom's zone
/// (<see cref="NewsroomTime"/>).</summary>
public sealed record EventWording(Type Event, Func<object, FormattableString> Describe);

/// <summary>
/// One command's home in one value: its decision, the lowest role that may run it, the events it can append, and
/// the words for the events it is the home of. Each entry is written beside its command, so adding a command means
/// editing its own file and listing the entry in <see cref="ClaimCommandCatalog"/>; a test holds the two together.
/// </summary>
public sealed record CommandEntry(
    Type Command, NewsroomRole Role, Func<Claim?, object, DecisionInputs, IReadOnlyList<object>> Decide)
{
    /// <summary>Every event the decision can append, worded here or by the command that is that event's home.</summary>
    public IReadOnlyList<Type> Produces { get; init; } = [];

    public IReadOnlyList<EventWording> Words { get; init; } = [];

    /// <summary>Only a decision that reads the rating scale makes the writer load it.</summary>
    public bool ReadsScale { get; init; }

    /// <summary>A command on an existing claim.</summary>
    public static CommandEntry OnClaim<TCommand>(NewsroomRole role, Func<Claim, TCommand, DecisionInputs, IReadOnlyList<object>> decide)
        where TCommand : notnull =>
        new(typeof(TCommand), role, (claim, command, inputs) => claim is null
            ? throw new ArgumentException($"{typeof(TCommand).Name} needs an existing claim.", nameof(claim))
            : decide(claim, (TCommand)command, inputs));

    /// <summary>A command that starts a claim's stream, so there is no claim to judge yet.</summary>
    public static CommandEntry Starting<TCommand>(NewsroomRole role, Func<TCommand, DecisionInputs, IReadOnlyList<object>> decide)
        where TCommand : notnull =>
        new(typeof(TCommand), role, (claim, command, inputs) => claim is not null
            ? throw new ArgumentException($"{typeof(TCommand).Name} is not a command on a claim.", nameof(command))
            : decide((TCommand)command, inputs));

    /// <summary>The command appends <typeparamref name="TEvent"/> and is its home: these are the words for it.</summary>
    public CommandEntry Wording<TEvent>(Func<TEvent, FormattableString> describe) => this with
    {
        Produces = [.. Produces, typeof(TEvent)],
        Words = [.. Words, new EventWording(typeof(TEvent), e => describe((TEvent)e))],
    };

    /// <summary>The command can append <typeparamref name="TEvent"/> too, but another command words it.</summary>
    public CommandEntry AlsoProduces<TEvent>() => this with { Produces = [.. Produces, typeof(TEvent)] };
}
