from __future__ import annotations

import json

from tests.git.conftest import Run, shown_output


def test_pipeline_script_prints_what_the_page_shows(git_run: Run) -> None:
    assert git_run.stdout["dvc_pipeline"] == shown_output("dvc_pipeline")


def test_dvc_yaml_declares_both_stages(git_run: Run) -> None:
    dvc_yaml = git_run.git("show", "main:dvc.yaml")
    assert "prepare:" in dvc_yaml
    assert "train:" in dvc_yaml
    assert "cmd: python src/train.py" in dvc_yaml


def test_first_rule_scores_half(git_run: Run) -> None:
    metrics = json.loads(git_run.git("show", "main:metrics.json"))
    assert metrics == {"accuracy": 0.5}
