namespace ExerciseServer.Hosting;

public sealed record SpeedRequest(double GameMinutesPerMinute);
