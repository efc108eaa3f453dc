"""The audit log: who changed what and when, written inside the same transaction as the change."""

from __future__ import annotations

import json
from typing import Any

from liaison_desktop.core.models import AuditEntry, BaseModel
from liaison_desktop.core.services.context import ServiceContext


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(
        self,
        action: str,
        entity: BaseModel,
        summary: str = "",
        details: dict[str, Any] | None = None,
    ) -> AuditEntry:
        return AuditEntry.create(
            timestamp=self.ctx.now(),
            operator=self.ctx.operator,
            action=action,
            entity=entity._meta.table_name,
            entity_uuid=str(entity.uuid),
            summary=summary[:500],
            details=json.dumps(details or {}, ensure_ascii=False, default=str, sort_keys=True),
        )

    def history(self, entity_uuid: str) -> list[AuditEntry]:
        return list(
            AuditEntry.select()
            .where(AuditEntry.entity_uuid == str(entity_uuid))
            .order_by(AuditEntry.timestamp, AuditEntry.id)
        )

    def recent(self, limit: int = 100) -> list[AuditEntry]:
        return list(AuditEntry.select().order_by(AuditEntry.id.desc()).limit(limit))


def changed_fields(instance: BaseModel, new_values: dict[str, Any]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for the values that differ; the detail an audit entry keeps."""
    changes: dict[str, list[Any]] = {}
    for name, new in new_values.items():
        old = getattr(instance, name)
        old_key = old.id if isinstance(old, BaseModel) else old
        new_key = new.id if isinstance(new, BaseModel) else new
        if old_key != new_key:
            changes[name] = [old_key, new_key]
    return changes
