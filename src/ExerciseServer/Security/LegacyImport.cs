using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Security;

/// <summary>What taking over an older version's facilitator.json left in the store, and what to tell the operator.</summary>
public sealed record LegacyImport(FacilitatorSecrets Secrets, int DroppedTokens, string Notice);
