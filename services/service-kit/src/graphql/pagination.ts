import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { DomainError } from '../errors/domain-error.js';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE}; default 50.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the Relay connection type `<Name>Connection` with its edge type. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => [node], { description: 'The nodes of the edges, for callers that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' })
    totalCount!: number;
  }

  return ConnectionClass as Type<Connection<T>>;
}

interface CursorValue {
  v: string | number | null;
  id: string;
}

export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor(cursor: string): CursorValue {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as CursorValue;
    if (typeof parsed.id !== 'string') throw new Error('no id');
    // The value goes into a filter, so an object (an operator such as $ne) is rejected.
    if (parsed.v !== null && typeof parsed.v !== 'string' && typeof parsed.v !== 'number') {
      throw new Error('sort value is not a scalar');
    }

    return parsed;
  } catch {
    throw DomainError.invalid('cursor', cursor, 'pass an endCursor returned by the same list.');
  }
}

export interface PaginateOptions<T> {
  entity: EntityName<T>;
  /** A function when the filter holds raw() fragments, which can be used only once. */
  where: FilterQuery<T> | (() => FilterQuery<T>);
  /** Entity property to sort by; ties are broken by id. */
  sortField: keyof T & string;
  direction: SortDirection;
  first?: number;
  after?: string;
}

function cursorValueOf(value: unknown): string | number | null {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined || value === null) return null;

  return value as string | number;
}

/** Keyset pagination over (sortField, id), stable under inserts. */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  options: PaginateOptions<T>,
): Promise<Connection<T>> {
  const first = options.first ?? 50;
  const operator = options.direction === SortDirection.ASC ? '$gt' : '$lt';
  const filter = () => (typeof options.where === 'function' ? options.where() : options.where);
  let where = filter();
  if (options.after) {
    const cursor = decodeCursor(options.after);
    const field = options.sortField;
    where = {
      $and: [
        where,
        {
          $or: [
            { [field]: { [operator]: cursor.v } },
            { [field]: cursor.v, id: { [operator]: cursor.id } },
          ],
        },
      ],
    } as FilterQuery<T>;
  }
  const order = options.direction === SortDirection.ASC ? 'asc' : 'desc';
  const [rows, totalCount] = await Promise.all([
    em.find(options.entity, where, {
      orderBy: [{ [options.sortField]: order }, { id: order }] as never,
      limit: first + 1,
    }),
    em.count(options.entity, filter()),
  ]);
  const page = rows.slice(0, first) as T[];
  const edges = page.map((node) => ({
    node,
    cursor: encodeCursor({ v: cursorValueOf(node[options.sortField]), id: node.id }),
  }));

  return {
    edges,
    nodes: page,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(options.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
