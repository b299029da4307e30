using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>Reads who takes part: the <c>actors</c> in the story, the <c>teams</c> that play them with their roles, and the <c>personas</c> injects come from.</summary>
internal sealed class ParticipantReader(NodeReader read, EntityReader entities)
{
    public IEnumerable<Actor> ReadActors(YamlNode? node) => entities.List(node, "actors", EntityKinds.Actor, ReadActor);

    public IEnumerable<Team> ReadTeams(YamlNode? node) => entities.List(node, "teams", EntityKinds.Team, ReadTeam);

    public IEnumerable<Persona> ReadPersonas(YamlNode? node) => entities.List(node, "personas", EntityKinds.Persona, ReadPersona);

    private Actor ReadActor(Entity actor)
    {
        var country = read.OptionalText(actor["country"], "the country");
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            read.Report(DiagnosticCodes.InvalidValue, actor["country"]!.Start, $"the country '{country}' must be an ISO 3166 two-letter code such as FI or EE, in capitals and quotes for NO");
        }

        return new Actor
        {
            Id = actor.Id,
            Location = actor.Location,
            Name = read.Text(actor["name"], "the actor name") ?? actor.Id,
            Kind = (actor["kind"] is { } kind ? read.Enum<ActorKind>(kind, "the actor kind") : null) ?? ActorKind.Nation,
            Country = country,
            Description = read.OptionalText(actor["description"], "the description"),
            Translations = actor.Translations(),
        };
    }

    private Team ReadTeam(Entity team)
    {
        var roles = entities.List(team["roles"], "roles", EntityKinds.Role, ReadRole).ToList();
        return new Team
        {
            Id = team.Id,
            Location = team.Location,
            Name = read.Text(team["name"], "the team name") ?? team.Id,
            Plays = team["plays"] is { } plays ? read.Reference(plays, "the actor played") : null,
            Description = read.OptionalText(team["description"], "the description"),
            Sees = read.References(team["sees"], "the sectors seen"),
            Roles = roles,
            Resources = [.. read.Amounts(team["resources"], "resources", 0, 1_000_000).Select(a => new TeamResource(a.Name, a.Value, a.Location))],
            Translations = team.Translations(),
        };
    }

    private TeamRole ReadRole(Entity role) =>
        new(role.Id, read.Text(role["name"], "the role name") ?? role.Id, read.OptionalText(role["description"], "the description"), role.Location)
        {
            Briefing = read.OptionalText(role["briefing"], "the role's briefing"),
            Translations = role.Translations(),
        };

    private Persona ReadPersona(Entity persona) => new()
    {
        Id = persona.Id,
        Location = persona.Location,
        Name = read.Text(persona["name"], "the persona name") ?? persona.Id,
        Organisation = read.OptionalText(persona["organisation"], "the organisation"),
        Role = read.OptionalText(persona["role"], "the role"),
    };
}
