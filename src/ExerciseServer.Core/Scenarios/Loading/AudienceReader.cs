using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>Reads a <c>to</c>: teams, <c>team/role</c> addresses and the keywords all, control and observers, one or a list.</summary>
internal sealed class AudienceReader(NodeReader read)
{
    public Audience Read(YamlNode? node, SourceLocation fallback)
    {
        var teams = new List<Reference>();
        var roles = new List<RoleAddress>();
        bool all = false, control = false, observers = false;
        foreach (var item in read.List(node, "'to'", allowSingle: true))
        {
            if (item is YamlScalar { Value: var text } scalar && text.Contains(RoleAddress.Separator, StringComparison.Ordinal))
            {
                if (read.RoleAddress(scalar) is { } role)
                {
                    roles.Add(role);
                }

                continue;
            }

            if (read.Reference(item, "a recipient") is not { } recipient)
            {
                continue;
            }

            switch (recipient.Id)
            {
                case Audience.AllKeyword: all = true; break;
                case Audience.ControlKeyword: control = true; break;
                case Audience.ObserversKeyword: observers = true; break;
                default: teams.Add(recipient); break;
            }
        }

        return new Audience { Teams = teams, Roles = roles, AllPlayers = all, Control = control, Observers = observers, Location = node?.Start ?? fallback };
    }
}
