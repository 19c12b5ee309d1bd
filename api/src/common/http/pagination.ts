import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize: number = 50;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function pageOf<T>(items: T[], total: number, query: PageQueryDto): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

const pageViews = new Map<Function, Function>();

/** The OpenAPI schema of `Page<Item>`, one class per item type (named e.g. EmployeeViewPage). */
export function PageView(item: Function): Function {
  let view = pageViews.get(item);
  if (!view) {
    class PageOfItems {
      @ApiProperty({ type: [item] }) items!: unknown[];
      @ApiProperty() total!: number;
      @ApiProperty() page!: number;
      @ApiProperty() pageSize!: number;
    }
    Object.defineProperty(PageOfItems, 'name', { value: `${item.name}Page` });
    view = PageOfItems;
    pageViews.set(item, view);
  }
  return view;
}
