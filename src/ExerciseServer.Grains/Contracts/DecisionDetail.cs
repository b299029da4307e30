namespace ExerciseServer.Grains.Contracts;

/// <summary>A decision put to a team; <see cref="Joint"/> is set when it is put to several teams together.</summary>
public sealed record DecisionDetail(string Id, string Title, string? Description, string By, TimeSpan? Within, IReadOnlyList<OptionDetail> Options, string? Chosen, string? Language = null, JointDecisionDetail? Joint = null);
