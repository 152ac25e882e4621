// compose-check loads a compose file with compose-go (the loader docker compose itself uses),
// validates it against the Compose schema and for consistency, and prints the normalised
// project. Any error or loader warning exits non-zero. Used by scripts/check-compose, so that
// docker-compose.yml can be checked on machines without a Docker engine.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/sirupsen/logrus"
)

// warnings collects what the loader logs at warning level or worse (e.g. obsolete `version`).
type warnings struct{ messages []string }

func (w *warnings) Levels() []logrus.Level {
	return []logrus.Level{logrus.PanicLevel, logrus.FatalLevel, logrus.ErrorLevel, logrus.WarnLevel}
}

func (w *warnings) Fire(entry *logrus.Entry) error {
	w.messages = append(w.messages, entry.Message)
	return nil
}

func main() {
	file := flag.String("f", "docker-compose.yml", "compose file")
	envFile := flag.String("env-file", ".env.example", "env file used for interpolation")
	quiet := flag.Bool("q", false, "do not print the normalised project")
	flag.Parse()
	if err := run(*file, *envFile, *quiet); err != nil {
		fmt.Fprintf(os.Stderr, "compose-check: %v\n", err)
		os.Exit(1)
	}
}

func run(file, envFile string, quiet bool) error {
	collected := &warnings{}
	logrus.AddHook(collected)

	dir := filepath.Dir(file)
	if _, err := os.Stat(envFile); err != nil {
		return fmt.Errorf("env file: %w", err)
	}
	// Only the env file feeds interpolation (not this process's environment), so the check
	// gives the same answer everywhere.
	options, err := cli.NewProjectOptions(
		[]string{file},
		cli.WithWorkingDirectory(dir),
		cli.WithEnvFiles(envFile),
		cli.WithDotEnv,
		cli.WithInterpolation(true),
		cli.WithNormalization(true),
		cli.WithConsistency(true),
		cli.WithResolvedPaths(true),
	)
	if err != nil {
		return err
	}
	project, err := options.LoadProject(context.Background())
	if err != nil {
		return err
	}
	if len(project.Services) == 0 {
		return errors.New("no services")
	}

	var problems []string
	names := make([]string, 0, len(project.Services))
	for name := range project.Services {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		service := project.Services[name]
		if service.Build == nil {
			if service.Image == "" {
				problems = append(problems, fmt.Sprintf("service %s: neither image nor build", name))
			}
			continue
		}
		dockerfile := service.Build.Dockerfile
		if dockerfile == "" {
			dockerfile = "Dockerfile"
		}
		if !filepath.IsAbs(dockerfile) {
			dockerfile = filepath.Join(service.Build.Context, dockerfile)
		}
		if _, err := os.Stat(dockerfile); err != nil {
			problems = append(problems, fmt.Sprintf("service %s: build file: %v", name, err))
		}
	}
	for _, message := range collected.messages {
		problems = append(problems, "loader warning: "+message)
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(os.Stderr, "compose-check: "+p)
		}
		return fmt.Errorf("%d problem(s) in %s", len(problems), file)
	}

	if !quiet {
		out, err := project.MarshalYAML()
		if err != nil {
			return err
		}
		os.Stdout.Write(out)
	}
	fmt.Fprintf(os.Stderr, "compose-check: %s is valid (%d services: %v)\n", file, len(names), names)
	return nil
}
