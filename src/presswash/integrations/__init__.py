"""Adapters that run presswash inside other data engines; each needs its extra installed.

- :mod:`presswash.integrations.datatrove` (``pip install 'presswash[datatrove]'``): a datatrove
  ``PipelineStep`` for pipelines that already read, filter and write with datatrove, on one machine
  (LocalPipelineExecutor), a Slurm cluster or Ray.
- :mod:`presswash.integrations.ray` (``pip install 'presswash[ray]'``): clean a Ray Data dataset's
  text column, one pipeline per worker, when the data already lives in Ray.

For one machine and JSON Lines files, ``presswash --jsonl --jobs N`` or :func:`presswash.clean_articles`
needs neither. The core never imports these modules.
"""
