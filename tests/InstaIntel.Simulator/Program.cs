namespace InstaIntel.Simulator;

public static class Program
{
    /// <summary>Runs the simulator on its own, e.g. `--urls http://127.0.0.1:8001` for demo mode.</summary>
    public static void Main(string[] args) => SimulatorApp.Build(args).Run();
}
